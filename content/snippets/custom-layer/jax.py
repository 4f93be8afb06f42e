import json

import jax
import jax.numpy as jnp
import numpy as np
import optax
from flax import nnx


class GatedDense(nnx.Module):
    """y = (x @ W + b) * sigmoid(g), with a learned gate g per output feature."""

    def __init__(self, in_features, out_features, *, rngs: nnx.Rngs):
        # Wrapping an array in nnx.Param marks it as trainable state.
        init = nnx.initializers.lecun_normal()
        self.w = nnx.Param(init(rngs.params(), (in_features, out_features)))
        self.b = nnx.Param(jnp.zeros(out_features))
        self.g = nnx.Param(jnp.zeros(out_features))  # sigmoid(0) = 0.5: half-open gate

    def __call__(self, x):
        # [...] reads the array held by a Param.
        return (x @ self.w[...] + self.b[...]) * nnx.sigmoid(self.g[...])


class Model(nnx.Module):
    def __init__(self, rngs: nnx.Rngs):
        self.gated = GatedDense(20, 16, rngs=rngs)
        self.out = nnx.Linear(16, 3, rngs=rngs)

    def __call__(self, x):
        return self.out(nnx.relu(self.gated(x)))


model = Model(nnx.Rngs(0))
# The spec's data and weights, made with NumPy so every framework computes the same numbers.
rng = np.random.default_rng(0)
x = rng.standard_normal((64, 20), dtype=np.float32)
y = np.argmax(x @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
W1 = rng.standard_normal((20, 16), dtype=np.float32) / 20**0.5  # the gated layer: W, b, g
b1 = 0.1 * rng.standard_normal(16, dtype=np.float32)
g1 = 0.5 * rng.standard_normal(16, dtype=np.float32)
W2 = rng.standard_normal((16, 3), dtype=np.float32) / 16**0.5  # the output layer: (in, out)
b2 = np.zeros(3, dtype=np.float32)
# Load the spec's weights; nnx.Linear's kernel is (in, out) like the NumPy matrices.
for param, value in [(model.gated.w, W1), (model.gated.b, b1), (model.gated.g, g1),
                     (model.out.kernel, W2), (model.out.bias, b2)]:
    param[...] = jnp.asarray(value)


def loss_fn(model):
    return optax.softmax_cross_entropy_with_integer_labels(model(x), y).mean()


# nnx.value_and_grad differentiates with respect to every nnx.Param in the model.
loss, grads = nnx.value_and_grad(loss_fn)(model)
norms = {}
for name in ("w", "b", "g"):
    g = grads["gated"][name][...]
    norms[name] = jnp.linalg.norm(g)
    print(f"gated.{name}: shape {g.shape}, grad norm {norms[name]:.4f}")
    assert jnp.any(g != 0)
layer_params = sum(p.size for p in jax.tree.leaves(nnx.state(model.gated, nnx.Param)))
print("RESULT", json.dumps({"layer_params": int(layer_params), "loss": round(float(loss), 4),
                            "grad_norms_w_b_g": [round(float(norms[k]), 4) for k in "wbg"]}))
