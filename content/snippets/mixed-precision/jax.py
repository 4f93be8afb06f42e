import json

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


# The spec's input and weights (those of "Define an MLP") from NumPy, plus 8 labels.
rng = np.random.default_rng(0)
x_np = rng.standard_normal((8, 20), dtype=np.float32)
weights = [  # (W as (in, out), b) for each layer
    (rng.standard_normal((n_in, n_out), dtype=np.float32) / n_in**0.5,
     0.1 * rng.standard_normal(n_out, dtype=np.float32))
    for n_in, n_out in [(20, 64), (64, 64), (64, 3)]
]
y_np = rng.integers(0, 3, size=8)
lr, eps = 1e-3, 1e-8


def float32_reference(x):  # the same forward pass in float32 with NumPy
    for i, (W, b) in enumerate(weights):
        x = x @ W + b
        x = np.maximum(x, 0) if i < 2 else x
    return x


model = MLP(nnx.Rngs(0))
for layer, (W, b) in zip([model.fc1, model.fc2, model.out], weights):  # kernels are (in, out)
    layer.kernel[...] = jnp.asarray(W)
    layer.bias[...] = jnp.asarray(b)
optimizer = nnx.Optimizer(model, optax.adam(lr, eps=eps), wrt=nnx.Param)
before = np.asarray(model.fc1.kernel[...])


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


loss, logits, grads = train_step(model, optimizer, x_np, y_np)
param_dtypes = {str(p.dtype) for p in jax.tree.leaves(nnx.state(model, nnx.Param))}
grad_dtypes = {str(g.dtype) for g in jax.tree.leaves(grads)}
assert len(param_dtypes) == len(grad_dtypes) == 1
compute, param, grad = str(logits.dtype), param_dtypes.pop(), grad_dtypes.pop()
updated = not np.array_equal(np.asarray(model.fc1.kernel[...]), before)
logits_f32 = np.asarray(logits.astype(jnp.float32))
print(f"loss {loss:.3f}")
# Proof that the compute really ran in bfloat16: the logits are off the float32 result by
# bfloat16's rounding (8 bits of mantissa), far more than float32 would be (about 1e-7).
diff = float(np.abs(np.asarray(logits_f32) - float32_reference(x_np)).max())
print(f"compute {compute}, weights {param}, gradients {grad}; logits differ from float32 by {diff:.1e}")
assert compute == "bfloat16" and param == grad == "float32" and 1e-4 < diff < 0.1 and updated
print("RESULT", json.dumps({"compute_dtype": compute, "param_dtype": param, "grad_dtype": grad,
                            "max_diff_from_float32": round(diff, 3), "weights_updated": bool(updated)}))
