import os

os.environ["KERAS_BACKEND"] = "jax"  # the site runs Keras 3 on the JAX backend

import keras
import numpy as np

rng = np.random.default_rng(0)
W = rng.normal(size=(20, 3)).astype("float32")
X = rng.normal(size=(1024, 20)).astype("float32")
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
    optimizer=keras.optimizers.Adam(learning_rate=1e-2),
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
)
model.fit(X, y, batch_size=64, epochs=5, verbose=0)

big = rng.normal(size=(50_000, 20)).astype("float32")

# predict() batches the array itself, runs layers with training=False and
# computes no gradients; it returns one NumPy array
logits = model.predict(big, batch_size=1024, verbose=0)

# The same by hand, one fixed-size batch at a time
chunks = [model.predict_on_batch(big[i : i + 1024]) for i in range(0, len(big), 1024)]
by_hand = np.concatenate(chunks)

labels = logits.argmax(axis=1)
accuracy = (labels == np.argmax(big @ W, axis=1)).mean()
print(f"predicted {len(labels)} rows, accuracy {accuracy:.2f}")
assert logits.shape == (50_000, 3) and np.allclose(logits, by_hand, atol=1e-5)
assert accuracy > 0.8
