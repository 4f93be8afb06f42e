import json

import mindspore as ms
import mindspore.dataset as ds
import numpy as np
from mindspore import nn

ms.set_device("CPU")

# The spec's data: 1 000 rows, so 64-row batches leave a smaller last batch of 40 (kept).
rng = np.random.default_rng(0)
X = rng.standard_normal((1000, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1).astype(np.int32)
row_id = np.arange(len(X))  # carried through the pipeline to check what each epoch served
lr, eps, epochs, batch_size = 1e-3, 1e-8, 3, 64

# mindspore.dataset builds a pipeline that runs in its own C++ worker threads. NumpySlicesDataset
# pairs row i of each array; shuffle() keeps a buffer (here the whole set: a full shuffle, redone
# every epoch); batch() keeps the smaller last batch unless drop_remainder=True.
ds.config.set_seed(0)  # reproducible shuffling
dataset = (
    ds.NumpySlicesDataset({"x": X, "y": y, "id": row_id}, shuffle=False)
    .shuffle(buffer_size=len(X))
    .batch(batch_size, drop_remainder=False)
)

ms.set_seed(0)
model = nn.Dense(20, 3)
loss_fn = nn.CrossEntropyLoss()
optimizer = nn.Adam(model.trainable_params(), learning_rate=lr, eps=eps)
grad_fn = ms.value_and_grad(lambda xb, yb: loss_fn(model(xb), yb), None, optimizer.parameters)

orders, rows, batches, last = [], [], [], []
# One iterator for all epochs (the pipeline is told how many up front); each pass of the
# inner loop over it is one epoch.
iterator = dataset.create_dict_iterator(num_epochs=epochs)
for epoch in range(epochs):
    served = []
    for batch in iterator:
        _, grads = grad_fn(batch["x"], batch["y"])
        optimizer(grads)
        served.append(batch["id"].asnumpy())
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
