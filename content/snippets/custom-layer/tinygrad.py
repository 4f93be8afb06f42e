# tinygrad compiles kernels for the CPU with clang, which must be installed.
import json

import numpy as np
from tinygrad import Tensor, nn


class GatedDense:
    """y = (x @ W + b) * sigmoid(g), with a learned gate g per output feature."""

    def __init__(self, in_features, out_features):
        # A layer is a plain class: every Tensor attribute is a parameter, found by
        # nn.state.get_parameters() and saved by nn.state.get_state_dict().
        bound = 1 / in_features**0.5
        self.weight = Tensor.uniform(in_features, out_features, low=-bound, high=bound)
        self.bias = Tensor.zeros(out_features)
        self.gate = Tensor.zeros(out_features)  # sigmoid(0) = 0.5: half open

    def __call__(self, x: Tensor) -> Tensor:
        return (x @ self.weight + self.bias) * self.gate.sigmoid()


layer, head = GatedDense(20, 16), nn.Linear(16, 3)


def model(x: Tensor) -> Tensor:
    return head(layer(x).relu())


# The spec's data and weights, made with NumPy so every framework computes the same numbers.
rng = np.random.default_rng(0)
x = rng.standard_normal((64, 20), dtype=np.float32)
y = np.argmax(x @ rng.standard_normal((20, 3), dtype=np.float32), axis=1).astype(np.int32)
W1 = rng.standard_normal((20, 16), dtype=np.float32) / 20**0.5  # the gated layer: W, b, g
b1 = 0.1 * rng.standard_normal(16, dtype=np.float32)
g1 = 0.5 * rng.standard_normal(16, dtype=np.float32)
W2 = rng.standard_normal((16, 3), dtype=np.float32) / 16**0.5  # the output layer: (in, out)
b2 = np.zeros(3, dtype=np.float32)
layer.weight, layer.bias, layer.gate = Tensor(W1), Tensor(b1), Tensor(g1)
head.weight, head.bias = Tensor(np.ascontiguousarray(W2.T)), Tensor(b2)  # nn.Linear stores (out, in)

loss = model(Tensor(x)).sparse_categorical_crossentropy(Tensor(y))
params = [layer.weight, layer.bias, layer.gate]
grads = loss.gradient(*params)  # the gradients of these three, without filling .grad

norms = {}
for name, p, g in zip("wbg", params, grads):
    g = g.numpy()
    assert np.abs(g).sum() > 0
    norms[name] = float(np.linalg.norm(g))
    print(f"{name} shape {p.shape}  grad norm {norms[name]:.4f}")
layer_params = sum(p.numel() for p in nn.state.get_parameters(layer))
print("RESULT", json.dumps({"layer_params": int(layer_params), "loss": round(loss.item(), 4),
                            "grad_norms_w_b_g": [round(norms[k], 4) for k in "wbg"]}))
