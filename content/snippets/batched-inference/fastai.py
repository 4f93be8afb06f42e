import json

import numpy as np
import torch
from fastai.callback.core import Callback
from fastai.data.core import Datasets
from fastai.learner import Learner
from fastai.losses import CrossEntropyLossFlat
from fastcore.basics import noop
from torch import nn

model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 3))
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
with torch.no_grad():  # nn.Linear stores (out, in): transpose
    for layer, (W, b) in zip([m for m in model if isinstance(m, nn.Linear)], weights):
        layer.weight.copy_(torch.from_numpy(W.T))
        layer.bias.copy_(torch.from_numpy(b))


class BatchLog(Callback):
    """Records each batch's size, and whether autograd was on, as get_preds runs."""

    def before_validate(self):
        self.sizes, self.grad_enabled = [], []

    def after_pred(self):
        self.sizes.append(len(self.pred))
        self.grad_enabled.append(torch.is_grad_enabled() or self.pred.requires_grad)


# A Learner over raw rows (no transforms); device="cpu" pins it, and without it fastai puts the
# model and batches on a GPU when there is one.
dls = Datasets(X_big[:8], [[noop]]).dataloaders(bs=8, device="cpu")
learn = Learner(dls, model, loss_func=CrossEntropyLossFlat())
log = BatchLog()

# test_dl builds an unshuffled loader over new rows that keeps the smaller last batch;
# get_preds puts the model in eval mode, turns autograd off, runs every batch and concatenates
# the outputs. act=noop returns raw logits (the default applies the loss's softmax).
test_dl = learn.dls.test_dl(X_big, bs=batch_size)
logits, _ = learn.get_preds(dl=test_dl, act=noop, cbs=[log])
logits = logits.numpy()
with torch.inference_mode():
    whole = model(torch.from_numpy(X_big)).numpy()  # one pass over everything, to compare
max_diff = float(np.abs(logits - whole).max())
labels = logits.argmax(axis=1)
print(f"{len(log.sizes)} batches ({log.sizes[0]} … {log.sizes[-1]} rows), {len(labels)} predictions, "
      f"class counts {np.bincount(labels, minlength=3).tolist()}; largest difference from one pass {max_diff:.1e}")
assert not any(log.grad_enabled) and not learn.model.training  # no graph recorded, eval mode
assert logits.shape == (10_000, 3) and log.sizes[-1] == 784 and max_diff < 1e-5
print("RESULT", json.dumps({"rows": len(labels), "batches": len(log.sizes), "last_batch": log.sizes[-1],
                            "class_counts": np.bincount(labels, minlength=3).tolist(),
                            "logits_sum": round(float(logits.sum()), 2),
                            "max_diff_vs_one_pass": round(max_diff, 6)}))
