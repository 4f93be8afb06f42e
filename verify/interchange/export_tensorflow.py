"""TensorFlow as the source: a tf.Module with tf.function -> SavedModel, SavedModel -> TFLite
converter -> .tflite, tf2onnx -> .onnx. Usage: python export_tensorflow.py OUTDIR."""

import os
import sys
import time

import numpy as np
import tensorflow as tf

from common import trimmed, weights, write_json

out = sys.argv[1]
w1, b1, w2, b2, x = weights()
spec = tf.TensorSpec(x.shape, tf.float32, name="x")


class Mlp(tf.Module):
    def __init__(self):
        super().__init__()
        self.w1, self.b1 = tf.Variable(w1), tf.Variable(b1)
        self.w2, self.b2 = tf.Variable(w2), tf.Variable(b2)

    @tf.function(input_signature=[spec])
    def __call__(self, x):
        return tf.matmul(tf.nn.relu(tf.matmul(x, self.w1) + self.b1), self.w2) + self.b2


model = Mlp()
reference = model(tf.constant(x)).numpy()
saved = os.path.join(out, "tensorflow.savedmodel")


def to_savedmodel(path):
    tf.saved_model.save(model, path, signatures=model.__call__.get_concrete_function())


def to_tflite(path):
    converter = tf.lite.TFLiteConverter.from_saved_model(saved)
    with open(path, "wb") as f:
        f.write(converter.convert())


def to_onnx(path):
    import tf2onnx

    tf2onnx.convert.from_function(model.__call__, input_signature=[spec], output_path=path)


exports = []
for fmt, exporter, fn, path in [
    ("savedmodel", "tf.saved_model.save", to_savedmodel, saved),
    ("tflite", "tf.lite.TFLiteConverter", to_tflite, os.path.join(out, "tensorflow.tflite")),
    ("onnx", "tf2onnx", to_onnx, os.path.join(out, "tensorflow.onnx")),
]:
    start = time.perf_counter()
    entry = {"format": fmt, "exporter": exporter, "file": path}
    try:
        fn(path)
    except Exception as e:
        entry["error"] = trimmed(e)
    entry["seconds"] = round(time.perf_counter() - start, 2)
    exports.append(entry)

write_json(os.path.join(out, "manifest.json"), {"reference": np.asarray(reference).tolist(), "exports": exports})
