import json

import mindspore as ms
import numpy as np
from mindspore import Parameter, nn, ops
from mindspore.common.initializer import HeUniform, initializer

ms.set_device("CPU")


class GatedDense(nn.Cell):
    """y = (x @ W + b) * sigmoid(g), with a learned gate g per output feature."""

    def __init__(self, in_features, out_features):
        super().__init__()
        # A Parameter assigned to a Cell is registered with it: it shows up in
        # trainable_params(), parameters_dict() and checkpoints, under its name.
        self.weight = Parameter(initializer(HeUniform(), (in_features, out_features), ms.float32), name="weight")
        self.bias = Parameter(ops.zeros(out_features, ms.float32), name="bias")
        self.gate = Parameter(ops.zeros(out_features, ms.float32), name="gate")  # sigmoid(0) = 0.5

    def construct(self, x):
        return (x @ self.weight + self.bias) * ops.sigmoid(self.gate)


model = nn.SequentialCell(GatedDense(20, 16), nn.ReLU(), nn.Dense(16, 3))

# The spec's data and weights, made with NumPy so every framework computes the same numbers.
rng = np.random.default_rng(0)
x = rng.standard_normal((64, 20), dtype=np.float32)
y = np.argmax(x @ rng.standard_normal((20, 3), dtype=np.float32), axis=1).astype(np.int32)
W1 = rng.standard_normal((20, 16), dtype=np.float32) / 20**0.5  # the gated layer: W, b, g
b1 = 0.1 * rng.standard_normal(16, dtype=np.float32)
g1 = 0.5 * rng.standard_normal(16, dtype=np.float32)
W2 = rng.standard_normal((16, 3), dtype=np.float32) / 16**0.5  # the output layer: (in, out)
b2 = np.zeros(3, dtype=np.float32)
layer, head = model[0], model[2]
for p, v in zip([layer.weight, layer.bias, layer.gate, head.weight, head.bias], [W1, b1, g1, W2.T, b2]):
    p.set_data(ms.Tensor(np.ascontiguousarray(v)))  # nn.Dense stores (out, in): W2 transposed

loss_fn = nn.CrossEntropyLoss()
params = [layer.weight, layer.bias, layer.gate]
# Gradients of the loss with respect to the gated layer's three parameters, in that order.
loss, grads = ms.value_and_grad(lambda xb, yb: loss_fn(model(xb), yb), None, params)(ms.Tensor(x), ms.Tensor(y))

norms = {}
for name, p, g in zip("wbg", params, grads):
    assert float(ops.abs(g).sum()) > 0
    norms[name] = float(np.linalg.norm(g.asnumpy()))
    print(f"{name} shape {p.shape}  grad norm {norms[name]:.4f}")
layer_params = sum(p.size for p in layer.trainable_params())
print("RESULT", json.dumps({"layer_params": int(layer_params), "loss": round(loss.item(), 4),
                            "grad_norms_w_b_g": [round(norms[k], 4) for k in "wbg"]}))
