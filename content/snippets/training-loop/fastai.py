import json
from functools import partial

import numpy as np
import torch
from fastai.data.core import DataLoaders
from fastai.learner import Learner
from fastai.losses import CrossEntropyLossFlat
from fastai.metrics import accuracy
from fastai.optimizer import Adam
from fastai.torch_core import set_seed
from torch import nn
from torch.utils.data import TensorDataset

# The spec's data, one NumPy recipe for every framework: 1 280 points, the first 1 024 to train
# on, the last 256 held out; the label is the arg-max of a fixed random linear map.
rng = np.random.default_rng(0)
X = rng.standard_normal((1280, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
X_train, y_train, X_test, y_test = X[:1024], y[:1024], X[1024:], y[1024:]
lr, eps, epochs, batch_size = 1e-3, 1e-8, 10, 64

set_seed(0)  # seeds Python, NumPy and torch: the weights and the shuffling
# fastai's DataLoaders pair a training loader (shuffled every epoch, and by default dropping an
# incomplete last batch: 1 024 rows make 16 full ones here) with a validation loader, here the
# held-out rows. device="cpu" pins it; without it fastai picks a GPU when there is one.
dls = DataLoaders.from_dsets(
    TensorDataset(torch.from_numpy(X_train), torch.from_numpy(y_train)),
    TensorDataset(torch.from_numpy(X_test), torch.from_numpy(y_test)),
    bs=batch_size, device="cpu",
)
model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 3))

# fastai's own Adam defaults to mom=0.9, sqr_mom=0.99 (β2), eps=1e-5 and wd=0.01 applied as
# decoupled weight decay (AdamW). The spec's plain Adam needs all three set.
opt_func = partial(Adam, mom=0.9, sqr_mom=0.999, eps=eps, wd=0.0)
learn = Learner(dls, model, loss_func=CrossEntropyLossFlat(), opt_func=opt_func, metrics=accuracy)
# Without fastai.callback.progress imported, fit draws no progress bar, and the Recorder prints
# one line per epoch: epoch, training loss, held-out loss, accuracy, time.
learn.fit(epochs, lr=lr)  # a constant learning rate (fit_one_cycle would schedule it)
assert len(learn.recorder.values) == epochs

hypers = learn.opt.hypers[0]
assert (hypers["mom"], hypers["sqr_mom"], hypers["eps"], hypers["wd"]) == (0.9, 0.999, eps, 0.0)
# get_preds runs the held-out loader in evaluation mode without gradients.
preds, targets = learn.get_preds(dl=dls.valid)
acc = (preds.argmax(1) == targets).float().mean().item()
print(f"held-out accuracy: {acc:.3f}")
assert len(targets) == 256 and acc > 0.85
print("RESULT", json.dumps({"lr": lr, "eps": eps, "epochs": epochs, "batch_size": batch_size,
                            "train_samples": len(dls.train_ds), "test_samples": len(dls.valid_ds),
                            "test_accuracy": round(float(acc), 3)}))
