import json

import mlx.core as mx
import mlx.nn as nn
import numpy as np
from mlx.utils import tree_flatten


class GatedDense(nn.Module):
    """y = (x @ W + b) * sigmoid(g), with a learned gate g per output feature."""

    def __init__(self, in_features, out_features):
        super().__init__()
        # Any mx.array stored as an attribute of an nn.Module is one of its parameters: it shows
        # up in parameters(), trainable_parameters() and save_weights() with no wrapper class.
        bound = 1 / in_features**0.5
        self.weight = mx.random.uniform(-bound, bound, (in_features, out_features))
        self.bias = mx.zeros((out_features,))
        self.gate = mx.zeros((out_features,))  # sigmoid(0) = 0.5: half open

    def __call__(self, x):
        return (x @ self.weight + self.bias) * mx.sigmoid(self.gate)


mx.random.seed(0)
model = nn.Sequential(GatedDense(20, 16), nn.ReLU(), nn.Linear(16, 3))

# The spec's data and weights, made with NumPy so every framework computes the same numbers.
rng = np.random.default_rng(0)
x = rng.standard_normal((64, 20), dtype=np.float32)
y = np.argmax(x @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
W1 = rng.standard_normal((20, 16), dtype=np.float32) / 20**0.5  # the gated layer: W, b, g
b1 = 0.1 * rng.standard_normal(16, dtype=np.float32)
g1 = 0.5 * rng.standard_normal(16, dtype=np.float32)
W2 = rng.standard_normal((16, 3), dtype=np.float32) / 16**0.5  # the output layer: (in, out)
b2 = np.zeros(3, dtype=np.float32)
# update() replaces parameters by name, a nested dict like parameters() returns.
# mlx.nn.Linear stores its weight as (out, in): transpose. strict=True (the default) checks
# that every name exists and every shape matches.
gated, out = model.layers[0], model.layers[2]
gated.update({"weight": mx.array(W1), "bias": mx.array(b1), "gate": mx.array(g1)})
out.update({"weight": mx.array(W2.T), "bias": mx.array(b2)})


def loss_fn(x, y):
    # MLX's cross_entropy returns one loss per row unless reduction is given (default "none").
    return nn.losses.cross_entropy(model(x), y, reduction="mean")


# nn.value_and_grad differentiates with respect to the model's trainable parameters and
# returns the gradients as a tree of the same shape as model.trainable_parameters().
loss, grads = nn.value_and_grad(model, loss_fn)(mx.array(x), mx.array(y))
mx.eval(loss, grads)
norms = {}
for name, key in [("w", "weight"), ("b", "bias"), ("g", "gate")]:
    g = grads["layers"][0][key]
    assert g.shape == getattr(gated, key).shape and mx.any(g != 0).item()
    norms[name] = mx.linalg.norm(g).item()
    print(f"{key} shape {g.shape}  grad norm {norms[name]:.4f}")
layer_params = sum(p.size for _, p in tree_flatten(gated.trainable_parameters()))
print("RESULT", json.dumps({"layer_params": int(layer_params), "loss": round(loss.item(), 4),
                            "grad_norms_w_b_g": [round(float(norms[k]), 4) for k in "wbg"]}))
