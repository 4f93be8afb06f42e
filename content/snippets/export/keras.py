import json
import os
import tempfile

os.environ["KERAS_BACKEND"] = "jax"  # the site runs Keras 3 on the JAX backend

import keras
import numpy as np
import tensorflow as tf

model = keras.Sequential(
    [
        keras.Input(shape=(20,)),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(3),
    ]
)
# The spec's input and weights (those of "Define an MLP"), made with NumPy: they stand in for
# trained ones and make every framework's artefact compute the same numbers.
rng = np.random.default_rng(0)
x_np = rng.standard_normal((8, 20), dtype=np.float32)
weights = [  # (W as (in, out), b) for each layer
    (rng.standard_normal((n_in, n_out), dtype=np.float32) / n_in**0.5,
     0.1 * rng.standard_normal(n_out, dtype=np.float32))
    for n_in, n_out in [(20, 64), (64, 64), (64, 3)]
]
for layer, (W, b) in zip(model.layers, weights):  # Dense kernels are (in, out)
    layer.set_weights([W, b])
expected = model.predict(x_np, verbose=0)

with tempfile.TemporaryDirectory() as tmp:
    # A TensorFlow SavedModel for TF Serving / LiteRT; on JAX, Keras converts the
    # graph with jax2tf (inference only here, so no gradient is saved with it).
    # Other formats: "onnx" and "openvino", which need extra packages.
    model.export(
        tmp, format="tf_saved_model", verbose=False, jax2tf_kwargs={"with_gradient": False}
    )

    # Reload with plain TensorFlow: no Keras model code or class is needed
    served = tf.saved_model.load(tmp)
    out = served.serve(tf.constant(x_np)).numpy()
    other = served.serve(tf.constant(x_np[:3])).numpy()  # the batch size is not fixed
max_diff = float(np.abs(out - expected).max())
print(f"reloaded: output {out.shape} (and {other.shape} for 3 rows), max difference {max_diff:.1e}")
assert out.shape == (8, 3) and other.shape == (3, 3) and max_diff <= 1e-5
print("RESULT", json.dumps({"shape": list(out.shape), "other_batch_shape": list(other.shape),
                            "max_abs_diff": max_diff, "logits_row0": np.round(out[0].astype(float), 4).tolist(),
                            "logits_sum": round(float(out.sum()), 4)}))
