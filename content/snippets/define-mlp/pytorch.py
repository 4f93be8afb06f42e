import torch
from torch import nn


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

    def forward(self, x):
        return self.layers(x)


torch.manual_seed(0)
model = MLP()
print(model)

x = torch.randn(8, 20)
logits = model(x)
n_params = sum(p.numel() for p in model.parameters())
print(f"output shape: {tuple(logits.shape)}, parameters: {n_params}")
assert logits.shape == (8, 3)
assert n_params == 20 * 64 + 64 + 64 * 64 + 64 + 64 * 3 + 3
