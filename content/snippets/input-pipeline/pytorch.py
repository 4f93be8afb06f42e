import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
W = torch.randn(20, 3)
X = torch.randn(1024, 20)
y = (X @ W).argmax(1)

# TensorDataset pairs row i of every tensor; DataLoader batches and shuffles it.
dataset = TensorDataset(X, y)
loader = DataLoader(
    dataset,
    batch_size=64,
    shuffle=True,  # a new random order every time the loader is iterated
    generator=torch.Generator().manual_seed(42),  # reproducible shuffling
    drop_last=False,  # keep a smaller final batch if N is not a multiple of 64
)

model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 3))
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)

first_labels = []
for epoch in range(3):
    seen = 0
    for step, (xb, yb) in enumerate(loader):  # each pass over the loader is one epoch
        loss = nn.functional.cross_entropy(model(xb), yb)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        seen += len(xb)
        if step == 0:
            first_labels.append(yb[:8].tolist())
    print(f"epoch {epoch}: {len(loader)} batches, {seen} rows, first labels {first_labels[-1]}")
    assert seen == len(dataset)

assert len({tuple(labels) for labels in first_labels}) == 3  # a different order every epoch
