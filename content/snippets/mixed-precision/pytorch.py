import torch
from torch import nn

torch.manual_seed(0)
W = torch.randn(20, 3)
X = torch.randn(1024, 20)
y = (X @ W).argmax(1)

model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 3))
optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)

losses = []
for i in range(0, len(X), 64):  # one epoch in batches of 64
    xb, yb = X[i : i + 64], y[i : i + 64]
    optimizer.zero_grad()
    # Inside autocast, matrix products run in bfloat16; the float32 weights are
    # cast on the fly. Precision-sensitive ops such as the loss stay float32.
    with torch.amp.autocast("cpu", dtype=torch.bfloat16):
        logits = model(xb)
        loss = nn.functional.cross_entropy(logits, yb)
    # bfloat16 has float32's exponent range, so no GradScaler is needed.
    loss.backward()
    optimizer.step()
    losses.append(loss.item())

weight = model[0].weight
print(f"logits {logits.dtype}, loss {loss.dtype}, weight {weight.dtype}, grad {weight.grad.dtype}")
assert logits.dtype == torch.bfloat16 and loss.dtype == torch.float32
assert weight.dtype == torch.float32 and weight.grad.dtype == torch.float32

with torch.inference_mode():
    acc = (model(X).argmax(1) == y).float().mean().item()
print(f"loss {losses[0]:.3f} -> {losses[-1]:.3f}, training accuracy {acc:.2f}")
assert losses[-1] < losses[0] and acc > 0.8
