import json

import mlx.core as mx
import mlx.nn as nn
import numpy as np
from mlx.utils import tree_flatten


class MLP(nn.Module):
    def __init__(self, in_features=20, hidden=64, classes=3):
        super().__init__()
        self.layers = nn.Sequential(
            nn.Linear(in_features, hidden),
            nn.ReLU(),
            nn.Linear(hidden, hidden),
            nn.ReLU(),
            nn.Linear(hidden, classes),  # raw logits; the loss applies softmax
        )

    def __call__(self, x):
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
# mlx.nn.Linear stores its weight as (out, in), like PyTorch: transpose.
linears = [m for m in model.layers.layers if isinstance(m, nn.Linear)]
for layer, (W, b) in zip(linears, weights):
    layer.weight = mx.array(W.T)
    layer.bias = mx.array(b)

logits = model(mx.array(x_np))
mx.eval(logits)  # MLX is lazy: nothing is computed until a result is needed
out = np.array(logits)
n_params = sum(p.size for _, p in tree_flatten(model.parameters()))
print(f"output shape: {logits.shape}, parameters: {n_params}")
assert logits.shape == (8, 3)
assert n_params == 20 * 64 + 64 + 64 * 64 + 64 + 64 * 3 + 3
print("RESULT", json.dumps({"params": int(n_params), "shape": list(out.shape),
                            "logits_row0": np.round(out[0].astype(float), 4).tolist(),
                            "logits_sum": round(float(out.sum()), 4)}))
