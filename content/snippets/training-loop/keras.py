import json
import os

os.environ["KERAS_BACKEND"] = "jax"  # the site runs Keras 3 on the JAX backend

import keras
import numpy as np

# The spec's data, one NumPy recipe for every framework: 1 280 points, the first 1 024 to train
# on, the last 256 held out; the label is the arg-max of a fixed random linear map.
rng = np.random.default_rng(0)
X = rng.standard_normal((1280, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
X_train, y_train, X_test, y_test = X[:1024], y[:1024], X[1024:], y[1024:]
lr, eps, epochs, batch_size = 1e-3, 1e-8, 10, 64
keras.utils.set_random_seed(0)  # the weights' initialisation and fit()'s shuffling

model = keras.Sequential(
    [
        keras.Input(shape=(20,)),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(3),
    ]
)
model.compile(
    # Keras's Adam defaults to epsilon=1e-7 (PyTorch and Optax: 1e-8): the spec's value is explicit.
    optimizer=keras.optimizers.Adam(learning_rate=lr, beta_1=0.9, beta_2=0.999, epsilon=eps),
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    metrics=["accuracy"],
)

# fit() shuffles the rows every epoch and runs the mini-batch updates
history = model.fit(X_train, y_train, batch_size=batch_size, epochs=epochs, verbose=0)
for epoch in (0, 3, 6, 9):
    print(f"epoch {epoch}: loss {history.history['loss'][epoch]:.3f}")
test_loss, acc = model.evaluate(X_test, y_test, batch_size=batch_size, verbose=0)  # held out
print(f"held-out accuracy: {acc:.3f}")
assert acc > 0.85
print("RESULT", json.dumps({"lr": lr, "eps": eps, "epochs": epochs, "batch_size": batch_size,
                            "train_samples": len(X_train), "test_samples": len(X_test),
                            "test_accuracy": round(float(acc), 3)}))
