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


rng = np.random.default_rng(0)
x = rng.standard_normal((64, 20), dtype=np.float32)
y = np.argmax(x @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)

model = Model(nnx.Rngs(0))


def loss_fn(model):
    return optax.softmax_cross_entropy_with_integer_labels(model(x), y).mean()


# nnx.grad differentiates with respect to every nnx.Param in the model.
grads = nnx.grad(loss_fn)(model)
for name in ("w", "b", "g"):
    g = grads["gated"][name][...]
    print(f"gated.{name}: shape {g.shape}, grad norm {jnp.linalg.norm(g):.4f}")
    assert jnp.any(g != 0)
