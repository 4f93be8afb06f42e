import json

import numpy as np
import torch
from fastai.losses import CrossEntropyLossFlat
from fastai.torch_core import Module, trainable_params
from torch import nn


class GatedDense(Module):
    """y = (x @ W + b) * sigmoid(g), with a learned gate g per output feature."""

    # fastai's Module is nn.Module that calls super().__init__() itself, so a layer's __init__
    # holds only its own parts. Parameters register as in PyTorch, through nn.Parameter.
    def __init__(self, in_features, out_features):
        bound = 1 / in_features**0.5
        self.weight = nn.Parameter(torch.empty(in_features, out_features).uniform_(-bound, bound))
        self.bias = nn.Parameter(torch.zeros(out_features))
        self.gate = nn.Parameter(torch.zeros(out_features))  # sigmoid(0) = 0.5: half open

    def forward(self, x):
        return (x @ self.weight + self.bias) * torch.sigmoid(self.gate)


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
with torch.no_grad():  # load the spec's weights (nn.Linear stores (out, in): transpose)
    for p, v in zip([model[0].weight, model[0].bias, model[0].gate, model[2].weight, model[2].bias],
                    [W1, b1, g1, W2.T, b2]):
        p.copy_(torch.from_numpy(v))

# CrossEntropyLossFlat is the loss a fastai Learner uses for class labels (mean over the rows).
loss = CrossEntropyLossFlat()(model(torch.from_numpy(x)), torch.from_numpy(y))
loss.backward()

layer = model[0]
norms = {}
for name, p in zip(["w", "b", "g"], trainable_params(layer)):  # fastai's helper: requires_grad ones
    assert p.grad is not None and p.grad.abs().sum() > 0
    norms[name] = p.grad.norm().item()
    print(f"{name} shape {tuple(p.shape)}  grad norm {norms[name]:.4f}")
layer_params = sum(p.numel() for p in trainable_params(layer))
print("RESULT", json.dumps({"layer_params": int(layer_params), "loss": round(loss.item(), 4),
                            "grad_norms_w_b_g": [round(norms[k], 4) for k in "wbg"]}))
