import json

import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

# The spec's data, one NumPy recipe for every framework: 1 280 points, the first 1 024 to train
# on, the last 256 held out; the label is the arg-max of a fixed random linear map.
rng = np.random.default_rng(0)
X = rng.standard_normal((1280, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
X_train, y_train, X_test, y_test = X[:1024], y[:1024], X[1024:], y[1024:]
lr, eps, epochs, batch_size = 1e-3, 1e-8, 10, 64

torch.manual_seed(0)  # the weights' initialisation and DataLoader's shuffling
model = nn.Sequential(
    nn.Linear(20, 64), nn.ReLU(),
    nn.Linear(64, 64), nn.ReLU(),
    nn.Linear(64, 3),
)
optimizer = torch.optim.Adam(model.parameters(), lr=lr, betas=(0.9, 0.999), eps=eps)
loss_fn = nn.CrossEntropyLoss()  # takes logits and integer labels
train = TensorDataset(torch.from_numpy(X_train), torch.from_numpy(y_train))
loader = DataLoader(train, batch_size=batch_size, shuffle=True)  # a new order every epoch

for epoch in range(epochs):
    model.train()  # matters for dropout/batch norm; a good habit
    total = 0.0
    for xb, yb in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(xb), yb)
        loss.backward()
        optimizer.step()
        total += loss.item() * len(xb)
    if epoch % 3 == 0 or epoch == epochs - 1:
        print(f"epoch {epoch}: loss {total / len(X_train):.3f}")

model.eval()
with torch.inference_mode():  # no graph is recorded during evaluation
    predictions = model(torch.from_numpy(X_test)).argmax(1).numpy()
acc = (predictions == y_test).mean()  # on the 256 held-out points
print(f"held-out accuracy: {acc:.3f}")
assert acc > 0.85
print("RESULT", json.dumps({"lr": lr, "eps": eps, "epochs": epochs, "batch_size": batch_size,
                            "train_samples": len(X_train), "test_samples": len(X_test),
                            "test_accuracy": round(float(acc), 3)}))
