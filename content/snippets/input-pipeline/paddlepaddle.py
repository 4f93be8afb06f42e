import json

import numpy as np
import paddle
from paddle import nn
from paddle.io import DataLoader, Dataset

paddle.device.set_device("cpu")  # with a GPU build: paddle.device.set_device("gpu")
# The spec's data: 1 000 rows, so 64-row batches leave a smaller last batch of 40 (kept).
rng = np.random.default_rng(0)
X = rng.standard_normal((1000, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
row_id = np.arange(len(X))  # carried through the pipeline to check what each epoch served
lr, eps, epochs, batch_size = 1e-3, 1e-8, 3, 64


class Rows(Dataset):
    """A map-style dataset: __getitem__ returns one sample, the DataLoader stacks them into batches."""

    def __len__(self):
        return len(X)

    def __getitem__(self, i):
        return X[i], y[i], row_id[i]


paddle.seed(0)  # the weights' initialisation
np.random.seed(0)  # shuffle=True draws its order from NumPy's global RNG, not from paddle.seed
loader = DataLoader(
    Rows(),
    batch_size=batch_size,
    shuffle=True,  # a new random order every epoch
    drop_last=False,  # the default: keep the smaller final batch
    num_workers=0,  # in this process; num_workers=N reads batches in N worker processes
)
model = nn.Linear(20, 3)
optimizer = paddle.optimizer.Adam(learning_rate=lr, epsilon=eps, parameters=model.parameters())
loss_fn = nn.CrossEntropyLoss()

orders, rows, batches, last = [], [], [], []
for epoch in range(epochs):
    served = []
    for xb, yb, ib in loader:  # each pass over the loader is one epoch
        loss = loss_fn(model(xb), yb)
        loss.backward()
        optimizer.step()
        optimizer.clear_grad()
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
