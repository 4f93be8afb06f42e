import json
import math
import os

os.environ["KERAS_BACKEND"] = "jax"  # the site runs Keras 3 on the JAX backend

import keras
import numpy as np


class ShuffledBatches(keras.utils.PyDataset):
    """Serves (x, y) mini-batches in a fresh random order every epoch."""

    def __init__(self, x, y, batch_size, seed=0, **kwargs):
        super().__init__(**kwargs)  # accepts workers / use_multiprocessing
        self.x, self.y, self.batch_size = x, y, batch_size
        self.rng = np.random.default_rng(seed)
        self.order = self.rng.permutation(len(x))
        self.epoch = 0
        self.served = {}  # (epoch, batch index) -> the row ids handed out

    def __len__(self):  # number of batches per epoch, the smaller last one included
        return math.ceil(len(self.x) / self.batch_size)

    def __getitem__(self, i):
        idx = self.order[i * self.batch_size : (i + 1) * self.batch_size]
        self.served[self.epoch, i] = idx
        return self.x[idx], self.y[idx]

    def on_epoch_end(self):  # fit() calls this after every epoch
        self.order = self.rng.permutation(len(self.x))
        self.epoch += 1


# The spec's data: 1 000 rows, so 64-row batches leave a smaller last batch of 40 (kept).
rng = np.random.default_rng(0)
X = rng.standard_normal((1000, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
row_id = np.arange(len(X))  # carried through the pipeline to check what each epoch served
lr, eps, epochs, batch_size = 1e-3, 1e-8, 3, 64
keras.utils.set_random_seed(0)
data = ShuffledBatches(X, y, batch_size=batch_size)
model = keras.Sequential([keras.Input(shape=(20,)), keras.layers.Dense(3)])
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=lr, epsilon=eps),  # Keras's default is 1e-7
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
)
model.fit(data, epochs=epochs, verbose=0)  # no batch_size: the dataset batches

# fit() first reads one batch to learn the input shapes and starts a new order before training,
# so only the passes it served in full are the epochs.
passes = sorted({e for e, _ in data.served})
epoch_batches = [[data.served[e, i] for i in range(len(data)) if (e, i) in data.served] for e in passes]
epoch_batches = [b for b in epoch_batches if len(b) == len(data)]
orders = [np.concatenate(b) for b in epoch_batches]
rows = [len(o) for o in orders]
batches = [len(b) for b in epoch_batches]
last = [len(b[-1]) for b in epoch_batches]

# Every epoch served each row exactly once, and the order changed between epochs.
every_row_once = all(np.array_equal(np.sort(o), row_id) for o in orders)
reshuffled = all(not np.array_equal(a, b) for a, b in zip(orders, orders[1:]))
print(f"{len(orders)} epochs: {batches[0]} batches of up to {batch_size} rows, the last {last[0]}")
print("first rows of each epoch:", [o[:4].tolist() for o in orders])
assert every_row_once and reshuffled and rows == [1000] * epochs and last == [40] * epochs
print("RESULT", json.dumps({"rows_per_epoch": rows[0], "batches_per_epoch": batches[0],
                            "last_batch": last[0], "epochs": len(orders),
                            "every_row_once": bool(every_row_once), "reshuffled": bool(reshuffled)}))
