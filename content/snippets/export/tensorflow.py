import json
import os
import tempfile

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "2"  # keep TensorFlow's C++ start-up logs out of the output

import numpy as np
import tensorflow as tf


class MLP(tf.Module):
    def __init__(self, sizes=(20, 64, 64, 3)):
        super().__init__()
        pairs = list(zip(sizes, sizes[1:]))
        self.ws = [tf.Variable(tf.zeros([m, n])) for m, n in pairs]
        self.bs = [tf.Variable(tf.zeros([n])) for n in sizes[1:]]

    # The input signature fixes dtype and shape (any batch size) of the exported graph
    @tf.function(input_signature=[tf.TensorSpec([None, 20], tf.float32)])
    def __call__(self, x):
        for w, b in zip(self.ws[:-1], self.bs[:-1]):
            x = tf.nn.relu(x @ w + b)
        return x @ self.ws[-1] + self.bs[-1]


model = MLP()
# The spec's input and weights (those of "Define an MLP"), made with NumPy: they stand in for
# trained ones and make every framework's artefact compute the same numbers.
rng = np.random.default_rng(0)
x_np = rng.standard_normal((8, 20), dtype=np.float32)
weights = [  # (W as (in, out), b) for each layer
    (rng.standard_normal((n_in, n_out), dtype=np.float32) / n_in**0.5,
     0.1 * rng.standard_normal(n_out, dtype=np.float32))
    for n_in, n_out in [(20, 64), (64, 64), (64, 3)]
]
for w, b, (W, B) in zip(model.ws, model.bs, weights):  # (in, out), as stored
    w.assign(W)
    b.assign(B)
expected = model(x_np).numpy()

with tempfile.TemporaryDirectory() as tmp:
    # A SavedModel holds the traced graph and the variable values: what TF Serving loads
    tf.saved_model.save(model, tmp, signatures={"serving_default": model.__call__})

    # Reloading needs no MLP class: the graph comes from the files
    loaded = tf.saved_model.load(tmp)
    serving = loaded.signatures["serving_default"]  # the entry point servers call
    out = serving(x=tf.constant(x_np))["output_0"].numpy()  # keyword inputs, a dict out
    other = loaded(x_np[:3]).numpy()  # the restored tf.function, another batch size

print("signature inputs:", serving.structured_input_signature[1])
max_diff = float(np.abs(out - expected).max())
print(f"reloaded: output {out.shape} (and {other.shape} for 3 rows), max difference {max_diff:.1e}")
assert out.shape == (8, 3) and other.shape == (3, 3) and max_diff <= 1e-5
print("RESULT", json.dumps({"shape": list(out.shape), "other_batch_shape": list(other.shape),
                            "max_abs_diff": max_diff, "logits_row0": np.round(out[0].astype(float), 4).tolist(),
                            "logits_sum": round(float(out.sum()), 4)}))
