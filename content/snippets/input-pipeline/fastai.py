import json
from functools import partial

import numpy as np
import torch
from fastai.callback.core import Callback
from fastai.data.core import DataLoaders
from fastai.data.load import DataLoader
from fastai.learner import Learner
from fastai.losses import CrossEntropyLossFlat
from fastai.optimizer import Adam
from fastai.torch_core import set_seed
from torch import nn
from torch.utils.data import TensorDataset

# The spec's data: 1 000 rows, so 64-row batches leave a smaller last batch of 40 (kept).
rng = np.random.default_rng(0)
X = rng.standard_normal((1000, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
row_id = np.arange(len(X))  # carried through the pipeline to check what each epoch served
lr, eps, epochs, batch_size = 1e-3, 1e-8, 3, 64

set_seed(0)  # fastai's DataLoader draws its shuffling seed from Python's random module
dataset = TensorDataset(torch.from_numpy(X), torch.from_numpy(row_id), torch.from_numpy(y))
# fastai's own DataLoader: shuffle=True draws a new order every epoch. drop_last is False here;
# DataLoaders.from_dsets and the data block API default it to True for the training set.
train = DataLoader(dataset, bs=batch_size, shuffle=True, drop_last=False)
dls = DataLoaders(train, DataLoader(dataset, bs=batch_size), device="cpu")


class RowIds(Callback):
    """Takes the row id out of each batch before the model sees it, and records it."""

    def before_fit(self):
        self.served = []

    def before_epoch(self):
        self.served.append([])

    def before_batch(self):
        if self.training:  # the validation pass each epoch is not the pipeline under test
            x, ids = self.xb  # the last item is the target, the others are inputs
            self.served[-1].append(ids.numpy())
            self.learn.xb = (x,)
        else:
            self.learn.xb = self.xb[:1]


opt_func = partial(Adam, mom=0.9, sqr_mom=0.999, eps=eps, wd=0.0)  # fastai's defaults: 0.99, 1e-5, 0.01
learn = Learner(dls, nn.Linear(20, 3), loss_func=CrossEntropyLossFlat(), opt_func=opt_func, cbs=RowIds())
learn.fit(epochs, lr=lr)

served = learn.row_ids.served  # a Callback is reachable on the Learner by its snake_case name
orders = [np.concatenate(epoch) for epoch in served]
rows = [len(o) for o in orders]
batches = [len(epoch) for epoch in served]
last = [len(epoch[-1]) for epoch in served]
# Every epoch served each row exactly once, and the order changed between epochs.
every_row_once = all(np.array_equal(np.sort(o), row_id) for o in orders)
reshuffled = all(not np.array_equal(a, b) for a, b in zip(orders, orders[1:]))
print(f"{len(orders)} epochs: {batches[0]} batches of up to {batch_size} rows, the last {last[0]}")
print("first rows of each epoch:", [o[:4].tolist() for o in orders])
assert every_row_once and reshuffled and rows == [1000] * epochs and last == [40] * epochs
print("RESULT", json.dumps({"rows_per_epoch": rows[0], "batches_per_epoch": batches[0],
                            "last_batch": last[0], "epochs": len(orders),
                            "every_row_once": bool(every_row_once), "reshuffled": bool(reshuffled)}))
