# tinygrad compiles kernels for the CPU with clang, which must be installed.
import json

import numpy as np
from tinygrad import Context, Tensor, nn

# The spec's data: 1 000 rows, so 64-row batches leave a smaller last batch of 40 (kept).
rng = np.random.default_rng(0)
X = rng.standard_normal((1000, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1).astype(np.int32)
row_id = np.arange(len(X))  # carried through the pipeline to check what each epoch served
lr, eps, epochs, batch_size = 1e-3, 1e-8, 3, 64


# tinygrad has no dataset or loader classes: the pipeline is host code. A generator shuffles
# the row indices with its own seeded NumPy generator each epoch and yields batches as Tensors
# (the last, smaller one included).
def batches(order_rng):
    order = order_rng.permutation(len(X))
    for i in range(0, len(order), batch_size):
        idx = order[i : i + batch_size]
        yield Tensor(X[idx]), Tensor(y[idx]), row_id[idx]


Tensor.manual_seed(0)
model = nn.Linear(20, 3)
opt = nn.optim.Adam(nn.state.get_parameters(model), lr=lr, eps=eps)
order_rng = np.random.default_rng(0)  # reproducible shuffling

orders, rows, n_batches, last = [], [], [], []
with Context(TRAINING=1):  # the optimizer only steps in training mode
    for epoch in range(epochs):
        served = []
        for xb, yb, ib in batches(order_rng):
            opt.zero_grad()
            model(xb).sparse_categorical_crossentropy(yb).backward()
            opt.step()
            served.append(ib)
        orders.append(np.concatenate(served))
        rows.append(len(orders[-1]))
        n_batches.append(len(served))
        last.append(len(served[-1]))

# Every epoch served each row exactly once, and the order changed between epochs.
every_row_once = all(np.array_equal(np.sort(o), row_id) for o in orders)
reshuffled = all(not np.array_equal(a, b) for a, b in zip(orders, orders[1:]))
print(f"{len(orders)} epochs: {n_batches[0]} batches of up to {batch_size} rows, the last {last[0]}")
print("first rows of each epoch:", [o[:4].tolist() for o in orders])
assert every_row_once and reshuffled and rows == [1000] * epochs and last == [40] * epochs
print("RESULT", json.dumps({"rows_per_epoch": rows[0], "batches_per_epoch": n_batches[0],
                            "last_batch": last[0], "epochs": len(orders),
                            "every_row_once": bool(every_row_once), "reshuffled": bool(reshuffled)}))
