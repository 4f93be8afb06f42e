import os

os.environ["KERAS_BACKEND"] = "jax"  # the site runs Keras 3 on the JAX backend

import keras
import numpy as np
from keras import ops

# Every layer built from now on computes in bfloat16 but keeps float32 variables
keras.mixed_precision.set_dtype_policy("mixed_bfloat16")

model = keras.Sequential(
    [
        keras.Input(shape=(20,)),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(3, dtype="float32"),  # keep the logits/loss in float32
    ]
)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=1e-3),
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
)

rng = np.random.default_rng(0)
W = rng.normal(size=(20, 3)).astype("float32")
X = rng.normal(size=(64, 20)).astype("float32")
y = np.argmax(X @ W, axis=1)

hidden = model.layers[0]
before = ops.convert_to_numpy(hidden.kernel.value)
loss = model.train_on_batch(X, y)  # one training step

policy = hidden.dtype_policy
print(f"{policy.name}: compute in {policy.compute_dtype}, variables in {policy.variable_dtype}")
print(f"loss after one step: {float(loss):.3f}")
assert hidden.compute_dtype == "bfloat16" and hidden(X).dtype == "bfloat16"
assert all(v.dtype == "float32" for v in model.trainable_variables)
assert not np.allclose(ops.convert_to_numpy(hidden.kernel.value), before)  # updated in float32
