import json
import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "2"  # keep TensorFlow's C++ start-up logs out of the output

import numpy as np
import tensorflow as tf

# The spec's weights (those of "Define an MLP", standing in for trained ones) and 10 000 rows
# to predict, all from NumPy: every framework must give the same predictions.
rng = np.random.default_rng(0)
rng.standard_normal((8, 20), dtype=np.float32)  # (define-mlp's input: skipped, weights follow)
weights = [  # (W as (in, out), b) for each layer
    (rng.standard_normal((n_in, n_out), dtype=np.float32) / n_in**0.5,
     0.1 * rng.standard_normal(n_out, dtype=np.float32))
    for n_in, n_out in [(20, 64), (64, 64), (64, 3)]
]
X_big = np.random.default_rng(1).standard_normal((10_000, 20), dtype=np.float32)
batch_size = 1024  # 9 full batches and a last one of 784 rows


class MLP(tf.Module):
    def __init__(self):
        super().__init__()
        self.ws = [tf.Variable(W) for W, _ in weights]  # the spec's weights, (in, out)
        self.bs = [tf.Variable(b) for _, b in weights]

    def __call__(self, x):
        for w, b in zip(self.ws[:-1], self.bs[:-1]):
            x = tf.nn.relu(x @ w + b)
        return x @ self.ws[-1] + self.bs[-1]


model = MLP()


# No GradientTape is open, so nothing is recorded for gradients. This model has no
# dropout or batch norm; modules that do usually take a `training=False` argument.
# A fixed signature with a free batch size means one trace serves every batch.
@tf.function(input_signature=[tf.TensorSpec([None, 20], tf.float32)])
def predict(x):
    return model(x)


batches = tf.data.Dataset.from_tensor_slices(X_big).batch(batch_size).prefetch(tf.data.AUTOTUNE)
outputs = [predict(batch) for batch in batches]  # the last batch is smaller
sizes = [int(o.shape[0]) for o in outputs]
logits = tf.concat(outputs, axis=0).numpy()
max_diff = float(np.abs(logits - predict(X_big).numpy()).max())  # one pass, to compare
labels = logits.argmax(axis=1)
print(f"{len(sizes)} batches ({sizes[0]} … {sizes[-1]} rows), {len(labels)} predictions, "
      f"class counts {np.bincount(labels, minlength=3).tolist()}; largest difference from one pass {max_diff:.1e}")
assert logits.shape == (10_000, 3) and sizes[-1] == 784 and max_diff < 1e-5
print("RESULT", json.dumps({"rows": len(labels), "batches": len(sizes), "last_batch": sizes[-1],
                            "class_counts": np.bincount(labels, minlength=3).tolist(),
                            "logits_sum": round(float(logits.sum()), 2),
                            "max_diff_vs_one_pass": round(max_diff, 6)}))
