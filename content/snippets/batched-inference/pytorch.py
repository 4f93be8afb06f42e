import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
W = torch.randn(20, 3)
X_train = torch.randn(1024, 20)
y_train = (X_train @ W).argmax(1)

model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 3))
optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
for _ in range(100):  # a short full-batch training run
    optimizer.zero_grad()
    nn.functional.cross_entropy(model(X_train), y_train).backward()
    optimizer.step()

X_big = torch.randn(100_000, 20)
loader = DataLoader(TensorDataset(X_big), batch_size=4096, shuffle=False)  # keep the order

model.eval()  # switches dropout/batch norm to inference behaviour
predictions = []
with torch.inference_mode():  # no autograd graph, less memory, a bit faster
    for (xb,) in loader:
        predictions.append(model(xb).argmax(1))
predictions = torch.cat(predictions)

assert predictions.shape == (100_000,) and not predictions.requires_grad
acc = (predictions == (X_big @ W).argmax(1)).float().mean().item()
print(f"{len(loader)} batches, {len(predictions)} predictions, accuracy {acc:.2f}")
assert acc > 0.85
