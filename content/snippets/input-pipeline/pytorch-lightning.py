import json
import tempfile

import numpy as np
import pytorch_lightning as pl
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

# The spec's data: 1 000 rows, so 64-row batches leave a smaller last batch of 40 (kept).
rng = np.random.default_rng(0)
X = rng.standard_normal((1000, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
row_id = np.arange(len(X))  # carried through the pipeline to check what each epoch served
lr, eps, epochs, batch_size = 1e-3, 1e-8, 3, 64


class ArrayData(pl.LightningDataModule):
    """A LightningDataModule keeps the data steps together: setup() builds the datasets (in
    every process, when training runs on several) and *_dataloader() hands the Trainer its loaders."""

    def __init__(self, batch_size):
        super().__init__()
        self.batch_size = batch_size

    def setup(self, stage):
        # TensorDataset pairs row i of every tensor; the row id travels with each row.
        self.train = TensorDataset(torch.from_numpy(X), torch.from_numpy(y), torch.from_numpy(row_id))

    def train_dataloader(self):
        # The Trainer iterates this once per epoch; shuffle=True draws a new order each time.
        return DataLoader(self.train, batch_size=self.batch_size, shuffle=True,
                          generator=torch.Generator().manual_seed(0),  # reproducible shuffling
                          drop_last=False)  # the default: keep the smaller final batch


class Linear(pl.LightningModule):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(20, 3)
        self.served = []  # one list of row-id arrays per epoch

    def on_train_epoch_start(self):
        self.served.append([])

    def training_step(self, batch, batch_idx):
        xb, yb, ib = batch
        self.served[-1].append(ib.numpy())
        return nn.functional.cross_entropy(self.linear(xb), yb)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=lr, eps=eps)


pl.seed_everything(0, verbose=False)
model, data = Linear(), ArrayData(batch_size)
with tempfile.TemporaryDirectory() as tmp:
    trainer = pl.Trainer(max_epochs=epochs, accelerator="cpu", devices=1, logger=False,
                         enable_checkpointing=False, enable_progress_bar=False,
                         enable_model_summary=False, default_root_dir=tmp)
    trainer.fit(model, datamodule=data)

orders = [np.concatenate(epoch) for epoch in model.served]
rows = [len(o) for o in orders]
batches = [len(epoch) for epoch in model.served]
last = [len(epoch[-1]) for epoch in model.served]
# Every epoch served each row exactly once, and the order changed between epochs.
every_row_once = all(np.array_equal(np.sort(o), row_id) for o in orders)
reshuffled = all(not np.array_equal(a, b) for a, b in zip(orders, orders[1:]))
print(f"{len(orders)} epochs: {batches[0]} batches of up to {batch_size} rows, the last {last[0]}")
print("first rows of each epoch:", [o[:4].tolist() for o in orders])
assert every_row_once and reshuffled and rows == [1000] * epochs and last == [40] * epochs
assert trainer.global_step == epochs * batches[0]
print("RESULT", json.dumps({"rows_per_epoch": rows[0], "batches_per_epoch": batches[0],
                            "last_batch": last[0], "epochs": len(orders),
                            "every_row_once": bool(every_row_once), "reshuffled": bool(reshuffled)}))
