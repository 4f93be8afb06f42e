import os

os.environ["KERAS_BACKEND"] = "jax"  # the site runs Keras 3 on the JAX backend

import math

import keras
import numpy as np


class ShuffledBatches(keras.utils.PyDataset):
    """Serves (x, y) mini-batches in a fresh random order every epoch."""

    def __init__(self, x, y, batch_size, seed=0, **kwargs):
        super().__init__(**kwargs)  # accepts workers / use_multiprocessing
        self.x, self.y, self.batch_size = x, y, batch_size
        self.rng = np.random.default_rng(seed)
        self.order = self.rng.permutation(len(x))
        self.epoch_orders = [self.order]

    def __len__(self):  # number of batches per epoch
        return math.ceil(len(self.x) / self.batch_size)

    def __getitem__(self, i):
        idx = self.order[i * self.batch_size : (i + 1) * self.batch_size]
        return self.x[idx], self.y[idx]

    def on_epoch_end(self):  # fit() calls this after every epoch
        self.order = self.rng.permutation(len(self.x))
        self.epoch_orders.append(self.order)


rng = np.random.default_rng(0)
W = rng.normal(size=(20, 3)).astype("float32")
X = rng.normal(size=(1024, 20)).astype("float32")
y = np.argmax(X @ W, axis=1)

data = ShuffledBatches(X, y, batch_size=64)
model = keras.Sequential(
    [
        keras.Input(shape=(20,)),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(3),
    ]
)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=1e-2),
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    metrics=["accuracy"],
)
history = model.fit(data, epochs=3, verbose=0)  # no batch_size: the dataset batches

print("first rows of epochs 1-3:", [order[:3].tolist() for order in data.epoch_orders[:3]])
print(f"train accuracy after 3 epochs: {history.history['accuracy'][-1]:.2f}")
assert len(data) == 16 and data[0][0].shape == (64, 20)
assert not np.array_equal(data.epoch_orders[0], data.epoch_orders[1])
assert history.history["accuracy"][-1] > 0.8
