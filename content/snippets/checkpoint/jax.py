import json
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


# The spec's data: 256 NumPy rows, trained on as one batch.
rng = np.random.default_rng(0)
X = rng.standard_normal((256, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
lr, eps, steps = 1e-3, 1e-8, 20

model = MLP(nnx.Rngs(0))
optimizer = nnx.Optimizer(model, optax.adam(lr, eps=eps), wrt=nnx.Param)


@nnx.jit
def train_step(model, optimizer):
    loss_fn = lambda m: optax.softmax_cross_entropy_with_integer_labels(m(X), y).mean()
    optimizer.update(model, nnx.grad(loss_fn)(model))


for _ in range(steps):
    train_step(model, optimizer)

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "step_20"  # Orbax wants an absolute path
    checkpointer = ocp.StandardCheckpointer()
    # nnx.state pulls the arrays out of a module as a pytree Orbax can save.
    checkpointer.save(path, {"model": nnx.state(model), "opt": nnx.state(optimizer)})
    checkpointer.wait_until_finished()  # saving runs in the background

    # A fresh model and optimizer (other seed) give the structure to restore into.
    new_model = MLP(nnx.Rngs(1))
    new_optimizer = nnx.Optimizer(new_model, optax.adam(lr, eps=eps), wrt=nnx.Param)
    differs_before = not np.array_equal(model(X), new_model(X))
    target = {"model": nnx.state(new_model), "opt": nnx.state(new_optimizer)}
    restored = checkpointer.restore(path, target)
    nnx.update(new_model, restored["model"])
    nnx.update(new_optimizer, restored["opt"])

equal_after_restore = np.array_equal(model(X), new_model(X))
restored_step = new_optimizer.step[...]
same_opt = jax.tree.map(np.array_equal, nnx.state(optimizer), nnx.state(new_optimizer))
assert all(jax.tree.leaves(same_opt))  # Adam's moments came back too

train_step(model, optimizer)
train_step(new_model, new_optimizer)
equal_after_step = np.array_equal(model(X), new_model(X))
print(f"restored step {restored_step}: outputs match {equal_after_restore}, "
      f"also after one more step {equal_after_step}")
assert differs_before and equal_after_restore and equal_after_step and restored_step == steps
print("RESULT", json.dumps({"steps_before_save": steps, "restored_step": int(restored_step),
                            "differs_before_restore": bool(differs_before), "outputs_equal": bool(equal_after_restore),
                            "equal_after_one_more_step": bool(equal_after_step)}))
