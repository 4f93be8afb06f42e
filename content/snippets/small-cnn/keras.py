import json
import os

os.environ["KERAS_BACKEND"] = "jax"  # the site runs Keras 3 on the JAX backend
# Not needed for correctness: XLA on CPU compiles the 4-D random weight init far
# faster with the older (non-partitionable) Threefry random-number scheme
os.environ["JAX_THREEFRY_PARTITIONABLE"] = "0"

import keras
import numpy as np

# The spec's data: 32 random greyscale images, channels-last, with random labels (one fixed
# batch, so the check is that the wiring learns: the loss must fall as it memorises the batch).
rng = np.random.default_rng(0)
images = rng.standard_normal((32, 28, 28, 1), dtype=np.float32)
labels = rng.integers(0, 10, size=32)
lr, eps, steps = 1e-3, 1e-8, 20
keras.utils.set_random_seed(0)  # the weights' initialisation

# Keras images are channels-last: (batch, height, width, channels); padding="valid" is the default
model = keras.Sequential(
    [
        keras.Input(shape=(28, 28, 1)),
        keras.layers.Conv2D(8, kernel_size=3, padding="valid", activation="relu"),
        keras.layers.MaxPooling2D(pool_size=2),
        keras.layers.Conv2D(16, kernel_size=3, padding="valid", activation="relu"),
        keras.layers.MaxPooling2D(pool_size=2),
        keras.layers.Flatten(),
        keras.layers.Dense(10),
    ]
)
model.compile(
    # Keras's Adam defaults to epsilon=1e-7 (PyTorch and Optax: 1e-8): the spec's value is explicit.
    optimizer=keras.optimizers.Adam(learning_rate=lr, epsilon=eps),
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
)

# Optimisation steps on one fixed batch
losses = [float(model.train_on_batch(images, labels)) for _ in range(steps)]

out_shape = tuple(model(images).shape)
flat = model.layers[-1].input.shape[1]  # features entering the classifier
n_params = model.count_params()
print(f"output shape: {out_shape}, {flat} features before the classifier, {n_params} parameters")
print(f"loss: {losses[0]:.3f} -> {losses[-1]:.3f}")
assert out_shape == (32, 10) and flat == 400
assert losses[-1] < 0.9 * losses[0]
print("RESULT", json.dumps({"params": int(n_params), "flat_features": int(flat), "shape": list(out_shape),
                            "lr": lr, "eps": eps, "steps": len(losses),
                            "loss_ratio": round(losses[-1] / losses[0], 2)}))
