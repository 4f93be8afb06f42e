import os

os.environ["KERAS_BACKEND"] = "jax"  # the site runs Keras 3 on the JAX backend

import keras
import numpy as np


model = keras.Sequential(
    [
        keras.Input(shape=(20,)),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(3),  # raw class scores (logits)
    ]
)

x = np.random.default_rng(0).normal(size=(8, 20)).astype("float32")
logits = model(x)

print("output shape:", tuple(logits.shape), "parameters:", model.count_params())
assert tuple(logits.shape) == (8, 3)
assert model.count_params() == 20 * 64 + 64 + 64 * 64 + 64 + 64 * 3 + 3
