import json
import tempfile
from pathlib import Path

import numpy as np
import torch
from torch import nn


def make_model():
    return nn.Sequential(
        nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 3)
    )


def train_step(model, optimizer):
    optimizer.zero_grad()
    nn.functional.cross_entropy(model(X), y).backward()
    optimizer.step()


# The spec's data: 256 NumPy rows, trained on as one batch.
rng = np.random.default_rng(0)
X = rng.standard_normal((256, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
lr, eps, steps = 1e-3, 1e-8, 20
X, y = torch.from_numpy(X), torch.from_numpy(y)

torch.manual_seed(0)
model = make_model()
optimizer = torch.optim.Adam(model.parameters(), lr=lr, eps=eps)
for _ in range(steps):
    train_step(model, optimizer)

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "checkpoint.pt"
    # state_dict() holds tensors only, not code: save it, not the module object.
    torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict()}, path)

    torch.manual_seed(1)  # a fresh model with other weights
    restored = make_model()
    restored_opt = torch.optim.Adam(restored.parameters(), lr=lr, eps=eps)
    with torch.no_grad():
        differs_before = not torch.equal(model(X), restored(X))
    ckpt = torch.load(path)  # weights_only=True by default: no arbitrary pickles
    restored.load_state_dict(ckpt["model"])
    restored_opt.load_state_dict(ckpt["optimizer"])

with torch.no_grad():
    equal_after_restore = torch.equal(model(X), restored(X))
# Adam's step count lives in the per-parameter state
restored_step = restored_opt.state_dict()["state"][0]["step"].item()

# Because Adam's moments were restored too, one more step keeps both in lockstep.
train_step(model, optimizer)
train_step(restored, restored_opt)
with torch.no_grad():
    equal_after_step = torch.equal(model(X), restored(X))
print(f"restored step {restored_step:.0f}: outputs match {equal_after_restore}, "
      f"also after one more step {equal_after_step}")
assert differs_before and equal_after_restore and equal_after_step and restored_step == steps
print("RESULT", json.dumps({"steps_before_save": steps, "restored_step": int(restored_step),
                            "differs_before_restore": bool(differs_before), "outputs_equal": bool(equal_after_restore),
                            "equal_after_one_more_step": bool(equal_after_step)}))
