"""JAX as the source: jax2tf -> SavedModel, that SavedModel -> TFLite converter -> .tflite, and
jax2tf -> tf2onnx -> .onnx. Usage: python export_jax.py OUTDIR."""

import os
import sys
import time

import jax
import jax.numpy as jnp
import numpy as np

from common import trimmed, weights, write_json

out = sys.argv[1]
w1, b1, w2, b2, x = weights()
params = {"w1": w1, "b1": b1, "w2": w2, "b2": b2}


def mlp(params, x):
    return jax.nn.relu(x @ params["w1"] + params["b1"]) @ params["w2"] + params["b2"]


reference = np.asarray(jax.jit(mlp)(params, jnp.asarray(x)))
saved = os.path.join(out, "jax.savedmodel")


def tf_function():
    import tensorflow as tf
    from jax.experimental import jax2tf

    module = tf.Module()
    module.params = tf.nest.map_structure(tf.Variable, params)
    converted = jax2tf.convert(mlp, with_gradient=False)
    spec = tf.TensorSpec(x.shape, tf.float32, name="x")
    module.f = tf.function(lambda x: converted(module.params, x), input_signature=[spec], autograph=False)
    return tf, module, spec


def to_savedmodel(path):
    tf, module, _ = tf_function()
    tf.saved_model.save(module, path, signatures=module.f.get_concrete_function())


def to_tflite(path):
    import tensorflow as tf

    converter = tf.lite.TFLiteConverter.from_saved_model(saved)
    with open(path, "wb") as f:
        f.write(converter.convert())


def to_onnx(path):
    import tf2onnx

    _, module, spec = tf_function()
    tf2onnx.convert.from_function(module.f, input_signature=[spec], output_path=path)


exports = []
for fmt, exporter, fn, path in [
    ("savedmodel", "jax2tf + tf.saved_model.save", to_savedmodel, saved),
    ("tflite", "jax2tf + tf.lite.TFLiteConverter", to_tflite, os.path.join(out, "jax.tflite")),
    ("onnx", "jax2tf + tf2onnx", to_onnx, os.path.join(out, "jax.onnx")),
]:
    start = time.perf_counter()
    entry = {"format": fmt, "exporter": exporter, "file": path}
    try:
        fn(path)
    except Exception as e:
        entry["error"] = trimmed(e)
    entry["seconds"] = round(time.perf_counter() - start, 2)
    exports.append(entry)

write_json(os.path.join(out, "manifest.json"), {"reference": reference.tolist(), "exports": exports})
