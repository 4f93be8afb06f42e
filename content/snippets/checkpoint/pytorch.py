import tempfile
from pathlib import Path

import torch
from torch import nn


def make_model():
    return nn.Sequential(
        nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 3)
    )


torch.manual_seed(0)
W = torch.randn(20, 3)
X = torch.randn(256, 20)
y = (X @ W).argmax(1)

model = make_model()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for _ in range(20):
    optimizer.zero_grad()
    nn.functional.cross_entropy(model(X), y).backward()
    optimizer.step()

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "checkpoint.pt"
    # state_dict() holds tensors only, not code: save it, not the module object.
    torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict(), "step": 20}, path)

    restored = make_model()
    restored_opt = torch.optim.Adam(restored.parameters(), lr=1e-3)
    ckpt = torch.load(path)  # weights_only=True by default: no arbitrary pickles
    restored.load_state_dict(ckpt["model"])
    restored_opt.load_state_dict(ckpt["optimizer"])

assert torch.equal(model(X), restored(X))

# Because Adam's moments were restored too, one more step keeps both in lockstep.
for m, opt in [(model, optimizer), (restored, restored_opt)]:
    opt.zero_grad()
    nn.functional.cross_entropy(m(X), y).backward()
    opt.step()
assert torch.equal(model(X), restored(X))
print(f"restored from step {ckpt['step']}: outputs match, also after one more step")
