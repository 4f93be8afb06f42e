import json

import mlx.core as mx
import mlx.nn as nn
import mlx.optimizers as optim
import numpy as np

# mlx.core has no data loader: in-memory arrays are batched by indexing them with a shuffled
# index array, as below. (Apple's separate mlx-data package streams files and images at scale.)
# The spec's data: 1 000 rows, so 64-row batches leave a smaller last batch of 40 (kept).
rng = np.random.default_rng(0)
X = rng.standard_normal((1000, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
row_id = np.arange(len(X))  # carried through the pipeline to check what each epoch served
lr, eps, epochs, batch_size = 1e-3, 1e-8, 3, 64
X, y, ids = mx.array(X), mx.array(y), mx.array(row_id)


def batches_of(key, *arrays, batch_size):
    order = mx.random.permutation(arrays[0].shape[0], key=key)  # a new order for this key
    for start in range(0, order.shape[0], batch_size):  # the smaller last batch is kept
        idx = order[start : start + batch_size]
        yield tuple(a[idx] for a in arrays)  # indexing with an array gathers those rows


mx.random.seed(0)  # the model's initialisation
model = nn.Linear(20, 3)
# MLX's Adam has bias_correction=False by default; the spec's Adam corrects.
optimizer = optim.Adam(learning_rate=lr, betas=[0.9, 0.999], eps=eps, bias_correction=True)


def loss_fn(model, xb, yb):
    return nn.losses.cross_entropy(model(xb), yb, reduction="mean")


loss_and_grad = nn.value_and_grad(model, loss_fn)
# One explicit key per epoch, split from a seeded root key: reproducible, and a new order each time.
epoch_keys = mx.random.split(mx.random.key(0), epochs)
orders, rows, batches, last = [], [], [], []
for epoch in range(epochs):
    served = []
    for xb, yb, ib in batches_of(epoch_keys[epoch], X, y, ids, batch_size=batch_size):
        loss, grads = loss_and_grad(model, xb, yb)
        optimizer.update(model, grads)
        mx.eval(model.parameters(), optimizer.state)
        served.append(np.array(ib))
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
