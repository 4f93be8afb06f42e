# tinygrad compiles kernels for the CPU with clang, which must be installed.
import json

import numpy as np
from tinygrad import Tensor, nn


class MLP:
    # a tinygrad model is a plain class: any Tensor attributes are its parameters
    def __init__(self, in_features=20, hidden=64, classes=3):
        self.l1 = nn.Linear(in_features, hidden)
        self.l2 = nn.Linear(hidden, hidden)
        self.l3 = nn.Linear(hidden, classes)

    def __call__(self, x: Tensor) -> Tensor:
        x = self.l1(x).relu()
        x = self.l2(x).relu()
        return self.l3(x)  # raw logits; the loss applies softmax


model = MLP()

# The spec's input and weights, made with NumPy so every framework computes the same numbers.
rng = np.random.default_rng(0)
x_np = rng.standard_normal((8, 20), dtype=np.float32)
weights = [  # (W as (in, out), b) for each layer
    (rng.standard_normal((n_in, n_out), dtype=np.float32) / n_in**0.5,
     0.1 * rng.standard_normal(n_out, dtype=np.float32))
    for n_in, n_out in [(20, 64), (64, 64), (64, 3)]
]
# tinygrad's nn.Linear stores its weight as (out, in): transpose.
for layer, (W, b) in zip([model.l1, model.l2, model.l3], weights):
    layer.weight = Tensor(np.ascontiguousarray(W.T))
    layer.bias = Tensor(b)
params = nn.state.get_parameters(model)

x = Tensor(x_np)
logits = model(x)  # lazy: this only builds the graph
out = logits.numpy()  # realizing the result runs the kernels
n_params = sum(p.numel() for p in params)
print(f"device: {x.device}, output shape: {out.shape}, parameters: {n_params}")
assert out.shape == (8, 3)
assert n_params == 20 * 64 + 64 + 64 * 64 + 64 + 64 * 3 + 3
print("RESULT", json.dumps({"params": int(n_params), "shape": list(out.shape),
                            "logits_row0": np.round(out[0].astype(float), 4).tolist(),
                            "logits_sum": round(float(out.sum()), 4)}))
