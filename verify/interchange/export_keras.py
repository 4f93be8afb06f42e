"""Keras 3 (TensorFlow backend) as the source: model.export with format "onnx",
"tf_saved_model" and "litert". Usage: python export_keras.py OUTDIR."""

import os
import sys
import time

os.environ.setdefault("KERAS_BACKEND", "tensorflow")

import keras  # noqa: E402 (the backend is chosen before the import)
import numpy as np  # noqa: E402

from common import trimmed, weights, write_json  # noqa: E402

out = sys.argv[1]
w1, b1, w2, b2, x = weights()

inputs = keras.Input(shape=(8,), batch_size=x.shape[0], name="x")
hidden = keras.layers.Dense(16, activation="relu")(inputs)
outputs = keras.layers.Dense(3)(hidden)
model = keras.Model(inputs, outputs)
model.layers[1].set_weights([w1, b1])
model.layers[2].set_weights([w2, b2])
reference = np.asarray(model(x))

exports = []
for fmt, keras_format, ext in [
    ("onnx", "onnx", "onnx"),
    ("savedmodel", "tf_saved_model", "savedmodel"),
    ("tflite", "litert", "tflite"),
]:
    path = os.path.join(out, f"keras.{ext}")
    start = time.perf_counter()
    entry = {"format": fmt, "exporter": f'model.export(format="{keras_format}")', "file": path}
    try:
        model.export(path, format=keras_format, verbose=False)
    except Exception as e:
        entry["error"] = trimmed(e)
    entry["seconds"] = round(time.perf_counter() - start, 2)
    exports.append(entry)

write_json(os.path.join(out, "manifest.json"), {"reference": reference.tolist(), "exports": exports})
