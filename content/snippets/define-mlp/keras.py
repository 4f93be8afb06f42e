import json
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

# The spec's input and weights, made with NumPy so every framework computes the same numbers.
rng = np.random.default_rng(0)
x_np = rng.standard_normal((8, 20), dtype=np.float32)
weights = [  # (W as (in, out), b) for each layer
    (rng.standard_normal((n_in, n_out), dtype=np.float32) / n_in**0.5,
     0.1 * rng.standard_normal(n_out, dtype=np.float32))
    for n_in, n_out in [(20, 64), (64, 64), (64, 3)]
]
# A Dense kernel is (in, out), like the NumPy matrices: no transpose.
for layer, (W, b) in zip(model.layers, weights):
    layer.set_weights([W, b])

out = keras.ops.convert_to_numpy(model(x_np))
n_params = model.count_params()
print("output shape:", out.shape, "parameters:", n_params)
assert out.shape == (8, 3)
assert n_params == 20 * 64 + 64 + 64 * 64 + 64 + 64 * 3 + 3
print("RESULT", json.dumps({"params": int(n_params), "shape": list(out.shape),
                            "logits_row0": np.round(out[0].astype(float), 4).tolist(),
                            "logits_sum": round(float(out.sum()), 4)}))
