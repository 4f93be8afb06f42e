import os

os.environ["KERAS_BACKEND"] = "jax"  # the site runs Keras 3 on the JAX backend

import keras
import numpy as np

rng = np.random.default_rng(0)
W = rng.normal(size=(20, 3)).astype("float32")
X = rng.normal(size=(1280, 20)).astype("float32")
y = np.argmax(X @ W, axis=1)
x_train, y_train, x_test, y_test = X[:1024], y[:1024], X[1024:], y[1024:]

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

# fit() shuffles the rows every epoch and runs the mini-batch updates
history = model.fit(x_train, y_train, batch_size=64, epochs=10, verbose=0)
test_loss, test_acc = model.evaluate(x_test, y_test, batch_size=64, verbose=0)

print(f"final train loss: {history.history['loss'][-1]:.3f}")
print(f"test accuracy: {test_acc:.2f}")
assert test_acc > 0.85
