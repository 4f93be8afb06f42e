import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
W = torch.randn(20, 3)
X_train, X_test = torch.randn(1024, 20), torch.randn(256, 20)
y_train, y_test = (X_train @ W).argmax(1), (X_test @ W).argmax(1)

model = nn.Sequential(
    nn.Linear(20, 64), nn.ReLU(),
    nn.Linear(64, 64), nn.ReLU(),
    nn.Linear(64, 3),
)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
loss_fn = nn.CrossEntropyLoss()  # takes logits and integer labels
loader = DataLoader(TensorDataset(X_train, y_train), batch_size=64, shuffle=True)

for epoch in range(5):
    model.train()  # matters for dropout/batch norm; a good habit
    total = 0.0
    for xb, yb in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(xb), yb)
        loss.backward()
        optimizer.step()
        total += loss.item() * len(xb)
    print(f"epoch {epoch}: loss {total / len(X_train):.3f}")

model.eval()
with torch.inference_mode():  # no graph is recorded during evaluation
    acc = (model(X_test).argmax(1) == y_test).float().mean().item()
print(f"test accuracy: {acc:.2f}")
assert acc > 0.85
