import tempfile
from pathlib import Path

import torch
from torch import nn
from torch.export import Dim

torch.manual_seed(0)
W = torch.randn(20, 3)
X = torch.randn(1024, 20)
y = (X @ W).argmax(1)

model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 3))
optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
for _ in range(100):  # a short full-batch training run
    optimizer.zero_grad()
    nn.functional.cross_entropy(model(X), y).backward()
    optimizer.step()
model.eval()

# torch.export traces forward() into a graph of ATen ops, weights included.
# The batch dimension is declared dynamic so any batch size works later.
example = (torch.randn(8, 20),)
program = torch.export.export(model, example, dynamic_shapes=({0: Dim("batch")},))

X_test = torch.randn(256, 20)
with torch.inference_mode():
    expected = model(X_test)

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "mlp.pt2"
    torch.export.save(program, path)
    loaded = torch.export.load(path)  # needs no Python class for the model

runnable = loaded.module()  # an nn.Module that runs the saved graph
with torch.inference_mode():
    out = runnable(X_test)  # a batch size other than the example's 8

assert out.shape == (256, 3)
assert torch.allclose(out, expected, atol=1e-6)
acc = (out.argmax(1) == (X_test @ W).argmax(1)).float().mean().item()
print(f"reloaded program with {len(loaded.graph.nodes)} graph nodes, test accuracy {acc:.2f}")
