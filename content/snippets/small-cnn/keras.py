import os

os.environ["KERAS_BACKEND"] = "jax"  # the site runs Keras 3 on the JAX backend
# Not needed for correctness: XLA on CPU compiles the 4-D random weight init far
# faster with the older (non-partitionable) Threefry random-number scheme
os.environ["JAX_THREEFRY_PARTITIONABLE"] = "0"

import keras
import numpy as np


# Keras images are channels-last: (batch, height, width, channels)
model = keras.Sequential(
    [
        keras.Input(shape=(28, 28, 1)),
        keras.layers.Conv2D(8, kernel_size=3, activation="relu"),
        keras.layers.MaxPooling2D(pool_size=2),
        keras.layers.Conv2D(16, kernel_size=3, activation="relu"),
        keras.layers.MaxPooling2D(pool_size=2),
        keras.layers.Flatten(),
        keras.layers.Dense(10),
    ]
)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=1e-3),
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
)

rng = np.random.default_rng(0)
images = rng.normal(size=(32, 28, 28, 1)).astype("float32")
labels = rng.integers(0, 10, size=32)

# A few optimisation steps on one fixed batch: the loss should go down
losses = [float(model.train_on_batch(images, labels)) for _ in range(10)]

print("feature map before Flatten:", model.layers[-2].input.shape)
print(f"loss: {losses[0]:.3f} -> {losses[-1]:.3f}")
assert model(images).shape == (32, 10)
assert losses[-1] < losses[0]
