import os

os.environ["KERAS_BACKEND"] = "jax"  # the site runs Keras 3 on the JAX backend

import keras
import numpy as np

rng = np.random.default_rng(0)
W = rng.normal(size=(20, 3)).astype("float32")
X = rng.normal(size=(1024, 20)).astype("float32")
y = np.argmax(X @ W, axis=1)

base = keras.Sequential(
    [
        keras.Input(shape=(20,)),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(3),
    ]
)
outputs = {}
for jit in (False, True):
    model = keras.models.clone_model(base)
    for new, old in zip(model.weights, base.weights):
        new.assign(old)  # both runs start from the same weights
    # jit_compile=True traces the train/predict steps once and compiles them with
    # XLA (on JAX the default "auto" does this too); False runs them op by op
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=1e-3),
        loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
        jit_compile=jit,
    )
    model.fit(X[:512], y[:512], batch_size=64, epochs=1, shuffle=False, verbose=0)
    outputs[jit] = model.predict(X, batch_size=256, verbose=0)

diff = np.abs(outputs[True] - outputs[False]).max()
print(f"8 training steps, then predict: max difference compiled vs eager {diff:.1e}")
assert np.allclose(outputs[True], outputs[False], atol=1e-4)
