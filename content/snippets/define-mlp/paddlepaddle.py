import json

import numpy as np
import paddle
from paddle import nn

# On a machine with a GPU build of Paddle: paddle.device.set_device("gpu"); this site runs on a CPU.
paddle.device.set_device("cpu")


class MLP(nn.Layer):
    def __init__(self, in_features=20, hidden=64, classes=3):
        super().__init__()
        self.layers = nn.Sequential(
            nn.Linear(in_features, hidden),  # weight is stored as (in, out)
            nn.ReLU(),
            nn.Linear(hidden, hidden),
            nn.ReLU(),
            nn.Linear(hidden, classes),  # raw logits; the loss applies softmax
        )

    def forward(self, x):
        return self.layers(x)


model = MLP()
print(model)

# The spec's input and weights, made with NumPy so every framework computes the same numbers.
rng = np.random.default_rng(0)
x_np = rng.standard_normal((8, 20), dtype=np.float32)
weights = [  # (W as (in, out), b) for each layer
    (rng.standard_normal((n_in, n_out), dtype=np.float32) / n_in**0.5,
     0.1 * rng.standard_normal(n_out, dtype=np.float32))
    for n_in, n_out in [(20, 64), (64, 64), (64, 3)]
]
# Paddle's Linear stores its weight as (in, out), like the NumPy matrices: no transpose.
linears = [m for m in model.layers if isinstance(m, nn.Linear)]
for layer, (W, b) in zip(linears, weights):
    layer.weight.set_value(W)
    layer.bias.set_value(b)

model.eval()
with paddle.no_grad():
    logits = model(paddle.to_tensor(x_np))
out = logits.numpy()
n_params = sum(p.numel().item() for p in model.parameters())
print(f"output shape: {tuple(logits.shape)}, parameters: {n_params}")
assert tuple(logits.shape) == (8, 3)
assert n_params == 20 * 64 + 64 + 64 * 64 + 64 + 64 * 3 + 3
print("RESULT", json.dumps({"params": int(n_params), "shape": list(out.shape),
                            "logits_row0": np.round(out[0].astype(float), 4).tolist(),
                            "logits_sum": round(float(out.sum()), 4)}))
