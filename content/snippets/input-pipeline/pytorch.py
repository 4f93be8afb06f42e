import json

import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

# The spec's data: 1 000 rows, so 64-row batches leave a smaller last batch of 40 (kept).
rng = np.random.default_rng(0)
X = rng.standard_normal((1000, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
row_id = np.arange(len(X))  # carried through the pipeline to check what each epoch served
lr, eps, epochs, batch_size = 1e-3, 1e-8, 3, 64

# TensorDataset pairs row i of every tensor; DataLoader batches and shuffles it.
dataset = TensorDataset(torch.from_numpy(X), torch.from_numpy(y), torch.from_numpy(row_id))
loader = DataLoader(
    dataset,
    batch_size=batch_size,
    shuffle=True,  # a new random order every time the loader is iterated
    generator=torch.Generator().manual_seed(0),  # reproducible shuffling
    drop_last=False,  # the default: keep the smaller final batch
)

torch.manual_seed(0)
model = nn.Linear(20, 3)
optimizer = torch.optim.Adam(model.parameters(), lr=lr, eps=eps)

orders, rows, batches, last = [], [], [], []
for epoch in range(epochs):
    served = []
    for xb, yb, ib in loader:  # each pass over the loader is one epoch
        loss = nn.functional.cross_entropy(model(xb), yb)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        served.append(ib.numpy())
    orders.append(np.concatenate(served))
    rows.append(len(orders[-1]))
    batches.append(len(served))
    last.append(len(served[-1]))

# Every epoch served each row exactly once, and the order changed between epochs.
every_row_once = all(np.array_equal(np.sort(o), row_id) for o in orders)
reshuffled = all(not np.array_equal(a, b) for a, b in zip(orders, orders[1:]))
print(f"{len(orders)} epochs: {batches[0]} batches of up to {batch_size} rows, the last {last[0]}")
print("first rows of each epoch:", [o[:4].tolist() for o in orders])
assert every_row_once and reshuffled and rows == [1000] * epochs and last == [40] * epochs
print("RESULT", json.dumps({"rows_per_epoch": rows[0], "batches_per_epoch": batches[0],
                            "last_batch": last[0], "epochs": len(orders),
                            "every_row_once": bool(every_row_once), "reshuffled": bool(reshuffled)}))
