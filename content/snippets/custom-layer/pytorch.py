import math

import torch
from torch import nn


class GatedDense(nn.Module):
    """y = (x @ W + b) * sigmoid(g), with a learned gate g per output feature."""

    def __init__(self, in_features, out_features):
        super().__init__()
        # Wrapping a tensor in nn.Parameter registers it with the module:
        # it shows up in .parameters(), state_dict() and .to(device).
        bound = 1 / math.sqrt(in_features)
        self.weight = nn.Parameter(torch.empty(in_features, out_features).uniform_(-bound, bound))
        self.bias = nn.Parameter(torch.zeros(out_features))
        self.gate = nn.Parameter(torch.zeros(out_features))  # sigmoid(0) = 0.5: half open

    def forward(self, x):
        return (x @ self.weight + self.bias) * torch.sigmoid(self.gate)


torch.manual_seed(0)
model = nn.Sequential(GatedDense(20, 64), nn.ReLU(), nn.Linear(64, 3))

W = torch.randn(20, 3)
x = torch.randn(64, 20)
y = (x @ W).argmax(1)
loss = nn.functional.cross_entropy(model(x), y)
loss.backward()

layer = model[0]
for name, p in layer.named_parameters():
    assert p.grad is not None and p.grad.abs().sum() > 0
    print(f"{name:6} shape {tuple(p.shape)}  grad norm {p.grad.norm():.4f}")
