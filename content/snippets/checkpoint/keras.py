import os

os.environ["KERAS_BACKEND"] = "jax"  # the site runs Keras 3 on the JAX backend

import tempfile

import keras
import numpy as np


def make_model():
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
    )
    return model


rng = np.random.default_rng(0)
W = rng.normal(size=(20, 3)).astype("float32")
X = rng.normal(size=(1024, 20)).astype("float32")
y = np.argmax(X @ W, axis=1)

model = make_model()
model.fit(X, y, batch_size=64, epochs=2, verbose=0)
expected = model.predict(X[:8], verbose=0)

with tempfile.TemporaryDirectory() as tmp:
    # Whole model: architecture + weights + optimizer state in one .keras file
    model.save(os.path.join(tmp, "model.keras"))
    restored = keras.saving.load_model(os.path.join(tmp, "model.keras"))

    # Weights only (plus optimizer variables): rebuild the model in code, load into it
    model.save_weights(os.path.join(tmp, "mlp.weights.h5"))
    fresh = make_model()
    fresh.optimizer.build(fresh.trainable_variables)  # create the slots to load into
    fresh.load_weights(os.path.join(tmp, "mlp.weights.h5"))

steps = [int(m.optimizer.iterations) for m in (model, restored, fresh)]
print("optimizer steps (trained, .keras, .weights.h5):", steps)
assert steps == [32, 32, 32]
assert np.allclose(restored.predict(X[:8], verbose=0), expected)
assert np.allclose(fresh.predict(X[:8], verbose=0), expected)
print("restored outputs match")
