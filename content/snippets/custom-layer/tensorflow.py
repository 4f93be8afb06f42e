import json
import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "2"  # keep TensorFlow's C++ start-up logs out of the output

import numpy as np
import tensorflow as tf


class GatedDense(tf.Module):
    """y = (x @ W + b) * sigmoid(g), with a learned gate g per output feature."""

    def __init__(self, n_in, n_out, name=None):
        super().__init__(name=name)
        # Any tf.Variable stored on a tf.Module is tracked: it shows up in
        # .trainable_variables and is saved by tf.train.Checkpoint
        self.w = tf.Variable(tf.random.normal([n_in, n_out], stddev=n_in**-0.5), name="w")
        self.b = tf.Variable(tf.zeros([n_out]), name="b")
        self.g = tf.Variable(tf.zeros([n_out]), name="g")  # sigmoid(0) = 0.5: half open

    def __call__(self, x):
        return (x @ self.w + self.b) * tf.sigmoid(self.g)


class TinyModel(tf.Module):
    def __init__(self):
        super().__init__()
        self.gated = GatedDense(20, 16, name="gated")
        self.out_w = tf.Variable(tf.random.normal([16, 3], stddev=16**-0.5))
        self.out_b = tf.Variable(tf.zeros([3]))

    def __call__(self, x):
        return tf.nn.relu(self.gated(x)) @ self.out_w + self.out_b


model = TinyModel()
# The spec's data and weights, made with NumPy so every framework computes the same numbers.
rng = np.random.default_rng(0)
x = rng.standard_normal((64, 20), dtype=np.float32)
y = np.argmax(x @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
W1 = rng.standard_normal((20, 16), dtype=np.float32) / 20**0.5  # the gated layer: W, b, g
b1 = 0.1 * rng.standard_normal(16, dtype=np.float32)
g1 = 0.5 * rng.standard_normal(16, dtype=np.float32)
W2 = rng.standard_normal((16, 3), dtype=np.float32) / 16**0.5  # the output layer: (in, out)
b2 = np.zeros(3, dtype=np.float32)
for var, value in [(model.gated.w, W1), (model.gated.b, b1), (model.gated.g, g1),
                   (model.out_w, W2), (model.out_b, b2)]:
    var.assign(value)  # the spec's weights, all (in, out)

with tf.GradientTape() as tape:
    per_example = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=model(x))
    loss = tf.reduce_mean(per_example)
layer_vars = model.gated.trainable_variables
grads = tape.gradient(loss, layer_vars)

norms = {}
for var, grad in zip(layer_vars, grads):
    assert grad is not None and tf.reduce_any(grad != 0)
    norms[var.name.split(":")[0]] = tf.norm(grad).numpy()
    print(f"{var.name:5} shape {tuple(var.shape)}  grad norm {tf.norm(grad):.4f}")
assert len(model.trainable_variables) == 5  # 3 from the custom layer + 2 from the output
layer_params = sum(int(tf.size(v)) for v in layer_vars)
print("RESULT", json.dumps({"layer_params": int(layer_params), "loss": round(float(loss), 4),
                            "grad_norms_w_b_g": [round(float(norms[k]), 4) for k in "wbg"]}))
