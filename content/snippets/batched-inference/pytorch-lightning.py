import json
import tempfile

import numpy as np
import pytorch_lightning as pl
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

# The spec's weights (those of "Define an MLP", standing in for trained ones) and 10 000 rows
# to predict, all from NumPy: every framework must give the same predictions.
rng = np.random.default_rng(0)
rng.standard_normal((8, 20), dtype=np.float32)  # (define-mlp's input: skipped, weights follow)
weights = [  # (W as (in, out), b) for each layer
    (rng.standard_normal((n_in, n_out), dtype=np.float32) / n_in**0.5,
     0.1 * rng.standard_normal(n_out, dtype=np.float32))
    for n_in, n_out in [(20, 64), (64, 64), (64, 3)]
]
X_big = np.random.default_rng(1).standard_normal((10_000, 20), dtype=np.float32)
batch_size = 1024  # 9 full batches and a last one of 784 rows


class MLP(pl.LightningModule):
    def __init__(self):
        super().__init__()
        self.layers = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 3))
        with torch.no_grad():  # nn.Linear stores (out, in): transpose
            for layer, (W, b) in zip([m for m in self.layers if isinstance(m, nn.Linear)], weights):
                layer.weight.copy_(torch.from_numpy(W.T))
                layer.bias.copy_(torch.from_numpy(b))

    def forward(self, x):
        return self.layers(x)

    def predict_step(self, batch, batch_idx):  # what Trainer.predict runs on each batch
        (xb,) = batch
        out = self(xb)
        assert not self.training and not torch.is_grad_enabled() and not out.requires_grad
        return out


model = MLP()
loader = DataLoader(TensorDataset(torch.from_numpy(X_big)), batch_size=batch_size, shuffle=False)  # keep the order
with tempfile.TemporaryDirectory() as tmp:
    # Trainer.predict puts the model in eval mode and runs under torch.inference_mode
    # (inference_mode=True is the default), moving batches to the device; accelerator="auto"
    # picks a GPU when there is one, this site runs on a CPU.
    trainer = pl.Trainer(accelerator="cpu", devices=1, logger=False, enable_progress_bar=False,
                         enable_model_summary=False, inference_mode=True, default_root_dir=tmp)
    batches = trainer.predict(model, dataloaders=loader)  # one output per batch, in order

sizes = [len(b) for b in batches]
logits = torch.cat(batches).numpy()
with torch.inference_mode():
    whole = model(torch.from_numpy(X_big)).numpy()  # one pass over everything, to compare
max_diff = float(np.abs(logits - whole).max())
labels = logits.argmax(axis=1)
print(f"{len(sizes)} batches ({sizes[0]} … {sizes[-1]} rows), {len(labels)} predictions, "
      f"class counts {np.bincount(labels, minlength=3).tolist()}; largest difference from one pass {max_diff:.1e}")
assert logits.shape == (10_000, 3) and sizes[-1] == 784 and max_diff < 1e-5
print("RESULT", json.dumps({"rows": len(labels), "batches": len(sizes), "last_batch": sizes[-1],
                            "class_counts": np.bincount(labels, minlength=3).tolist(),
                            "logits_sum": round(float(logits.sum()), 2),
                            "max_diff_vs_one_pass": round(max_diff, 6)}))
