# Written for PyTensor 3.0.7, the newest release for Python 3.11 (this site's snippet
# environment); PyTensor 3.1 and later need Python 3.12.
import json

import numpy as np
import pytensor
import pytensor.tensor as pt
from pytensor.tensor.special import log_softmax


class GatedDense:
    """y = (x @ W + b) * sigmoid(g), with a learned gate g per output feature.

    PyTensor has no layer base class: a layer is any Python object that owns shared variables
    (its parameters) and builds its part of the graph when called."""

    def __init__(self, in_features, out_features, name):
        bound = 1 / in_features**0.5
        init = np.random.default_rng(0)
        self.W = pytensor.shared(init.uniform(-bound, bound, (in_features, out_features)).astype(np.float32), name=f"{name}.W")
        self.b = pytensor.shared(np.zeros(out_features, dtype=np.float32), name=f"{name}.b")
        self.g = pytensor.shared(np.zeros(out_features, dtype=np.float32), name=f"{name}.g")  # sigmoid(0) = 0.5
        self.params = [self.W, self.b, self.g]

    def __call__(self, x):
        return (x @ self.W + self.b) * pt.sigmoid(self.g)


# The spec's data and weights, made with NumPy so every framework computes the same numbers.
rng = np.random.default_rng(0)
x_np = rng.standard_normal((64, 20), dtype=np.float32)
y_np = np.argmax(x_np @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
W1 = rng.standard_normal((20, 16), dtype=np.float32) / 20**0.5  # the gated layer: W, b, g
b1 = 0.1 * rng.standard_normal(16, dtype=np.float32)
g1 = 0.5 * rng.standard_normal(16, dtype=np.float32)
W2 = rng.standard_normal((16, 3), dtype=np.float32) / 16**0.5  # the output layer: (in, out)
b2 = np.zeros(3, dtype=np.float32)

layer = GatedDense(20, 16, "gated")
for p, v in zip(layer.params, [W1, b1, g1]):
    p.set_value(v)  # load the spec's weights into the layer's shared variables
W_out, b_out = pytensor.shared(W2, name="out.W"), pytensor.shared(b2, name="out.b")

x, y = pt.matrix("x", dtype="float32"), pt.vector("y", dtype="int64")
logits = pt.maximum(layer(x), 0) @ W_out + b_out  # GatedDense, ReLU, Linear 16 -> 3
loss = -log_softmax(logits, axis=-1)[pt.arange(y.shape[0]), y].mean()
grads = pytensor.grad(loss, layer.params)  # the custom layer's parameters get gradients too
loss_value, *grad_values = pytensor.function([x, y], [loss, *grads])(x_np, y_np)

norms = {}
for name, p, gv in zip("wbg", layer.params, grad_values):
    assert gv.shape == p.get_value().shape and np.abs(gv).sum() > 0
    norms[name] = float(np.linalg.norm(gv))
    print(f"{p.name} shape {gv.shape}  grad norm {norms[name]:.4f}")
layer_params = sum(p.get_value().size for p in layer.params)
print("RESULT", json.dumps({"layer_params": int(layer_params), "loss": round(float(loss_value), 4),
                            "grad_norms_w_b_g": [round(norms[k], 4) for k in "wbg"]}))
