import json

import numpy as np
import paddle
from paddle import nn

# With a GPU build of Paddle: paddle.device.set_device("gpu"); this site runs on a CPU.
paddle.device.set_device("cpu")


class GatedDense(nn.Layer):
    """y = (x @ W + b) * sigmoid(g), with a learned gate g per output feature."""

    def __init__(self, in_features, out_features):
        super().__init__()
        # create_parameter registers the tensor with the layer: it shows up in .parameters()
        # and state_dict(), and the optimizer trains it.
        bound = 1 / in_features**0.5
        self.weight = self.create_parameter(
            [in_features, out_features], default_initializer=nn.initializer.Uniform(-bound, bound))
        self.bias = self.create_parameter([out_features], is_bias=True)  # bias default: zeros
        # sigmoid(0) = 0.5: half open
        self.gate = self.create_parameter([out_features], default_initializer=nn.initializer.Constant(0.0))

    def forward(self, x):
        return (x @ self.weight + self.bias) * nn.functional.sigmoid(self.gate)


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
# Paddle's Linear stores (in, out), like the NumPy matrices: no transpose.
for p, v in zip([model[0].weight, model[0].bias, model[0].gate, model[2].weight, model[2].bias],
                [W1, b1, g1, W2, b2]):
    p.set_value(v)

loss = nn.functional.cross_entropy(model(paddle.to_tensor(x)), paddle.to_tensor(y))  # mean over the batch
loss.backward()

layer = model[0]
norms = {}
for name, p in zip(["w", "b", "g"], layer.parameters()):
    assert p.grad is not None and p.grad.abs().sum().item() > 0
    norms[name] = paddle.linalg.norm(p.grad).item()
    print(f"{name} shape {tuple(p.shape)}  grad norm {norms[name]:.4f}")
layer_params = sum(p.numel().item() for p in layer.parameters())
loss = loss.item()
print("RESULT", json.dumps({"layer_params": int(layer_params), "loss": round(float(loss), 4),
                            "grad_norms_w_b_g": [round(float(norms[k]), 4) for k in "wbg"]}))
