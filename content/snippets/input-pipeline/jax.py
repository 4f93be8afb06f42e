import json

import numpy as np
import optax
from flax import nnx

# JAX has no data loader of its own: plain NumPy batches are the usual way to feed
# in-memory arrays (Grain, grain.MapDataset / grain.DataLoader, does this at scale).
# The spec's data: 1 000 rows, so 64-row batches leave a smaller last batch of 40 (kept).
rng = np.random.default_rng(0)
X = rng.standard_normal((1000, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
row_id = np.arange(len(X))  # carried through the pipeline to check what each epoch served
lr, eps, epochs, batch_size = 1e-3, 1e-8, 3, 64


def batches_of(X, y, batch_size, *, seed, epoch):
    order = np.random.default_rng([seed, epoch]).permutation(len(X))  # new order each epoch
    # The smaller last batch is kept, as the spec asks: the jitted step then compiles twice
    # (for 64 rows and for 40). Dropping it would keep one shape.
    for start in range(0, len(X), batch_size):
        idx = order[start : start + batch_size]
        yield X[idx], y[idx], idx


model = nnx.Linear(20, 3, rngs=nnx.Rngs(0))
optimizer = nnx.Optimizer(model, optax.adam(lr, eps=eps), wrt=nnx.Param)


@nnx.jit
def train_step(model, optimizer, xb, yb):
    loss_fn = lambda m: optax.softmax_cross_entropy_with_integer_labels(m(xb), yb).mean()
    loss, grads = nnx.value_and_grad(loss_fn)(model)
    optimizer.update(model, grads)
    return loss


orders, rows, batches, last = [], [], [], []
for epoch in range(epochs):
    served = []
    for xb, yb, ib in batches_of(X, y, batch_size, seed=0, epoch=epoch):
        train_step(model, optimizer, xb, yb)  # NumPy batches are copied to the device
        served.append(row_id[ib])
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
