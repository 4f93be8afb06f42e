import tempfile
from pathlib import Path

import jax
import numpy as np
import optax
import orbax.checkpoint as ocp
from flax import nnx


class MLP(nnx.Module):
    def __init__(self, rngs: nnx.Rngs):
        self.fc1 = nnx.Linear(20, 64, rngs=rngs)
        self.fc2 = nnx.Linear(64, 64, rngs=rngs)
        self.out = nnx.Linear(64, 3, rngs=rngs)

    def __call__(self, x):
        return self.out(nnx.relu(self.fc2(nnx.relu(self.fc1(x)))))


rng = np.random.default_rng(0)
x = rng.standard_normal((64, 20), dtype=np.float32)
y = np.argmax(x @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)

model = MLP(nnx.Rngs(0))
optimizer = nnx.Optimizer(model, optax.adam(1e-3), wrt=nnx.Param)


@nnx.jit
def train_step(model, optimizer, x, y):
    loss_fn = lambda m: optax.softmax_cross_entropy_with_integer_labels(m(x), y).mean()
    optimizer.update(model, nnx.grad(loss_fn)(model))


for _ in range(3):  # a few steps so the Adam moments are not all zero
    train_step(model, optimizer, x, y)

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "step_3"  # Orbax wants an absolute path
    checkpointer = ocp.StandardCheckpointer()
    # nnx.state pulls the arrays out of a module as a pytree Orbax can save.
    checkpointer.save(path, {"model": nnx.state(model), "opt": nnx.state(optimizer)})
    checkpointer.wait_until_finished()  # saving runs in the background

    # A fresh model and optimizer (other seed) give the structure to restore into.
    new_model = MLP(nnx.Rngs(1))
    new_optimizer = nnx.Optimizer(new_model, optax.adam(1e-3), wrt=nnx.Param)
    target = {"model": nnx.state(new_model), "opt": nnx.state(new_optimizer)}
    restored = checkpointer.restore(path, target)
    nnx.update(new_model, restored["model"])
    nnx.update(new_optimizer, restored["opt"])

same = np.allclose(model(x), new_model(x))
print(f"restored step: {new_optimizer.step[...]}, outputs match: {same}")
assert same and new_optimizer.step[...] == 3
same_opt = jax.tree.map(np.array_equal, nnx.state(optimizer), nnx.state(new_optimizer))
assert all(jax.tree.leaves(same_opt))
