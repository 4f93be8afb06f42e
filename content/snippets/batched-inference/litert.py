import json
import os
import tempfile

import numpy as np
import tensorflow as tf
from ai_edge_litert.interpreter import Interpreter

# The spec's weights (those of "Define an MLP", standing in for a trained model) and 10 000 rows
# to predict, all from NumPy: every framework and runtime must give the same predictions.
rng = np.random.default_rng(0)
rng.standard_normal((8, 20), dtype=np.float32)  # (define-mlp's input: skipped, weights follow)
weights = [  # (W as (in, out), b) for each layer
    (rng.standard_normal((n_in, n_out), dtype=np.float32) / n_in**0.5,
     0.1 * rng.standard_normal(n_out, dtype=np.float32))
    for n_in, n_out in [(20, 64), (64, 64), (64, 3)]
]
X_big = np.random.default_rng(1).standard_normal((10_000, 20), dtype=np.float32)
batch_size = 1024  # 9 full batches and a last one of 784 rows


# LiteRT runs .tflite files. The "trained model" is written as a TensorFlow function with these
# weights and converted once; the batch dimension is left open (None).
@tf.function(input_signature=[tf.TensorSpec([None, 20], tf.float32)])
def mlp(x):
    for i, (W, b) in enumerate(weights):
        x = tf.matmul(x, W) + b
        x = tf.nn.relu(x) if i < 2 else x
    return x


flatbuffer = tf.lite.TFLiteConverter.from_concrete_functions([mlp.get_concrete_function()], mlp).convert()
path = os.path.join(tempfile.mkdtemp(), "mlp.tflite")
with open(path, "wb") as f:
    f.write(flatbuffer)

# On a phone, a delegate (GPU, NNAPI, Core ML) picks the accelerator; here the CPU kernels run.
interpreter = Interpreter(model_path=path)
inp, out = interpreter.get_input_details()[0]["index"], interpreter.get_output_details()[0]["index"]


def predict(batch):
    interpreter.resize_tensor_input(inp, batch.shape)  # a new batch size needs new buffers
    interpreter.allocate_tensors()
    interpreter.set_tensor(inp, batch)
    interpreter.invoke()
    return interpreter.get_tensor(out).copy()


outputs, sizes = [], []
for start in range(0, len(X_big), batch_size):
    batch = X_big[start : start + batch_size]
    outputs.append(predict(batch))
    sizes.append(len(batch))
logits = np.concatenate(outputs)
max_diff = float(np.abs(logits - predict(X_big)).max())  # one pass, to compare
labels = logits.argmax(axis=1)
print(f"{len(sizes)} batches ({sizes[0]} … {sizes[-1]} rows), {len(labels)} predictions, "
      f"class counts {np.bincount(labels, minlength=3).tolist()}; largest difference from one pass {max_diff:.1e}")
assert logits.shape == (10_000, 3) and sizes[-1] == 784 and max_diff < 1e-5
print("RESULT", json.dumps({"rows": len(labels), "batches": len(sizes), "last_batch": sizes[-1],
                            "class_counts": np.bincount(labels, minlength=3).tolist(),
                            "logits_sum": round(float(logits.sum()), 2),
                            "max_diff_vs_one_pass": round(max_diff, 6)}))
