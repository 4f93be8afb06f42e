import json

import numpy as np
import torch
from fastai.layers import LinBnDrop
from torch import nn

# fastai models are PyTorch modules. Its LinBnDrop block bundles the usual batch norm, dropout,
# Linear and activation of a dense layer; with bn=False and p=0 it is just Linear + activation.
# (LinBnDrop's default bn=True would add BatchNorm1d and drop the Linear's bias.)
model = nn.Sequential(
    LinBnDrop(20, 64, bn=False, p=0.0, act=nn.ReLU()),
    LinBnDrop(64, 64, bn=False, p=0.0, act=nn.ReLU()),
    LinBnDrop(64, 3, bn=False, p=0.0),  # raw logits; the loss applies softmax
)
print(model)

# The spec's input and weights, made with NumPy so every framework computes the same numbers.
rng = np.random.default_rng(0)
x_np = rng.standard_normal((8, 20), dtype=np.float32)
weights = [  # (W as (in, out), b) for each layer
    (rng.standard_normal((n_in, n_out), dtype=np.float32) / n_in**0.5,
     0.1 * rng.standard_normal(n_out, dtype=np.float32))
    for n_in, n_out in [(20, 64), (64, 64), (64, 3)]
]
# nn.Linear stores its weight as (out, in): transpose the (in, out) NumPy matrices.
linears = [m for m in model.modules() if isinstance(m, nn.Linear)]
with torch.no_grad():
    for layer, (W, b) in zip(linears, weights):
        layer.weight.copy_(torch.from_numpy(W.T))
        layer.bias.copy_(torch.from_numpy(b))

model.eval()
with torch.inference_mode():
    logits = model(torch.from_numpy(x_np))
out = logits.numpy()
n_params = sum(p.numel() for p in model.parameters())
print(f"output shape: {tuple(logits.shape)}, parameters: {n_params}")
assert len(linears) == 3 and logits.shape == (8, 3)
assert n_params == 20 * 64 + 64 + 64 * 64 + 64 + 64 * 3 + 3
print("RESULT", json.dumps({"params": int(n_params), "shape": list(out.shape),
                            "logits_row0": np.round(out[0].astype(float), 4).tolist(),
                            "logits_sum": round(float(out.sum()), 4)}))
