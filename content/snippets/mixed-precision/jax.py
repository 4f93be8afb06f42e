import jax
import jax.numpy as jnp
import numpy as np
import optax
from flax import nnx


class MLP(nnx.Module):
    def __init__(self, rngs: nnx.Rngs):
        # dtype = compute type, param_dtype = storage type of the weights.
        mp = dict(dtype=jnp.bfloat16, param_dtype=jnp.float32, rngs=rngs)
        self.fc1 = nnx.Linear(20, 64, **mp)
        self.fc2 = nnx.Linear(64, 64, **mp)
        self.out = nnx.Linear(64, 3, **mp)

    def __call__(self, x):
        return self.out(nnx.relu(self.fc2(nnx.relu(self.fc1(x)))))


rng = np.random.default_rng(0)
x = rng.standard_normal((64, 20), dtype=np.float32)
y = np.argmax(x @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)

model = MLP(nnx.Rngs(0))
optimizer = nnx.Optimizer(model, optax.adam(1e-3), wrt=nnx.Param)


@nnx.jit
def train_step(model, optimizer, x, y):
    def loss_fn(model):
        logits = model(x)  # bfloat16
        # Take the softmax and loss in float32; bfloat16 needs no loss scaling.
        loss = optax.softmax_cross_entropy_with_integer_labels(logits.astype(jnp.float32), y)
        return loss.mean(), logits

    (loss, logits), grads = nnx.value_and_grad(loss_fn, has_aux=True)(model)
    optimizer.update(model, grads)  # float32 grads update the float32 master weights
    return loss, logits, grads


loss, logits, grads = train_step(model, optimizer, x, y)
param_dtypes = {p.dtype for p in jax.tree.leaves(nnx.state(model, nnx.Param))}
grad_dtypes = {g.dtype for g in jax.tree.leaves(grads)}
print(f"loss {loss:.3f}; logits {logits.dtype}, weights {model.fc1.kernel.dtype}")
assert logits.dtype == jnp.bfloat16
assert param_dtypes == grad_dtypes == {jnp.dtype("float32")}
