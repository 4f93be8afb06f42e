import os

os.environ["KERAS_BACKEND"] = "jax"  # the site runs Keras 3 on the JAX backend
os.environ["XLA_FLAGS"] = "--xla_force_host_platform_device_count=2"  # show the CPU as 2 devices

import keras
import numpy as np

devices = keras.distribution.list_devices("cpu")
# Replicate every variable on all devices and split each batch along its first axis
distribution = keras.distribution.DataParallel(devices=devices)
keras.distribution.set_distribution(distribution)

rng = np.random.default_rng(0)
W = rng.normal(size=(20, 3)).astype("float32")
X = rng.normal(size=(1280, 20)).astype("float32")
y = np.argmax(X @ W, axis=1)

model = keras.Sequential(
    [
        keras.Input(shape=(20,)),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(3),
    ]
)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=1e-3),
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    metrics=["accuracy"],
)
# fit() places each batch of 64 as 32 rows per device. The loss is a mean over the
# whole batch, so XLA all-reduces (averages) the gradients and every replica
# applies the same update.
model.fit(X[:1024], y[:1024], batch_size=64, epochs=10, verbose=0)
_, acc = model.evaluate(X[1024:], y[1024:], batch_size=64, verbose=0)

batch = keras.distribution.distribute_tensor(X[:64], distribution.get_data_layout((64, 20)))
rows = [shard.data.shape[0] for shard in batch.addressable_shards]  # JAX arrays under the hood
kernel = model.layers[0].kernel.value
print("rows per device:", rows, "| weights replicated:", kernel.sharding.is_fully_replicated)
print(f"test accuracy: {acc:.2f}")
assert len(devices) == 2 and rows == [32, 32] and kernel.sharding.is_fully_replicated
assert acc > 0.85
