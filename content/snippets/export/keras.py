import os

os.environ["KERAS_BACKEND"] = "jax"  # the site runs Keras 3 on the JAX backend

import tempfile

import keras
import numpy as np
import tensorflow as tf

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
    optimizer=keras.optimizers.Adam(learning_rate=1e-3),
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
)
model.fit(X, y, batch_size=64, epochs=2, verbose=0)

with tempfile.TemporaryDirectory() as tmp:
    # A TensorFlow SavedModel for TF Serving / LiteRT; on JAX, Keras converts the
    # graph with jax2tf (inference only here, so no gradient is saved with it).
    # Other formats: "onnx" and "openvino", which need extra packages.
    model.export(
        tmp, format="tf_saved_model", verbose=False, jax2tf_kwargs={"with_gradient": False}
    )

    # Reload with plain TensorFlow: no Keras model code or class is needed
    served = tf.saved_model.load(tmp)
    outputs = served.serve(tf.constant(X[:8])).numpy()

expected = model.predict(X[:8], verbose=0)
print("exported model outputs:", outputs.shape, f"max diff {np.abs(outputs - expected).max():.2e}")
assert np.allclose(outputs, expected, atol=1e-5)
