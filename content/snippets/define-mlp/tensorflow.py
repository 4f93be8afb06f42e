import json
import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "2"  # keep TensorFlow's C++ start-up logs out of the output

import numpy as np
import tensorflow as tf

tf.random.set_seed(0)


class Dense(tf.Module):
    def __init__(self, n_in, n_out, name=None):
        super().__init__(name=name)
        # He initialisation suits ReLU layers
        self.w = tf.Variable(tf.random.normal([n_in, n_out], stddev=(2 / n_in) ** 0.5), name="w")
        self.b = tf.Variable(tf.zeros([n_out]), name="b")

    def __call__(self, x):
        return x @ self.w + self.b


class MLP(tf.Module):
    def __init__(self, name=None):
        super().__init__(name=name)
        # tf.Module finds variables in attributes, lists and dicts by itself
        self.layers = [Dense(20, 64), Dense(64, 64), Dense(64, 3)]

    def __call__(self, x):
        for layer in self.layers[:-1]:
            x = tf.nn.relu(layer(x))
        return self.layers[-1](x)  # raw class scores (logits)


model = MLP(name="mlp")

# The spec's input and weights, made with NumPy so every framework computes the same numbers.
rng = np.random.default_rng(0)
x_np = rng.standard_normal((8, 20), dtype=np.float32)
weights = [  # (W as (in, out), b) for each layer
    (rng.standard_normal((n_in, n_out), dtype=np.float32) / n_in**0.5,
     0.1 * rng.standard_normal(n_out, dtype=np.float32))
    for n_in, n_out in [(20, 64), (64, 64), (64, 3)]
]
# Each layer's w is (in, out), like the NumPy matrices: assign them as they are.
for layer, (W, b) in zip(model.layers, weights):
    layer.w.assign(W)
    layer.b.assign(b)

logits = model(tf.constant(x_np))
out = logits.numpy()
n_params = sum(int(tf.size(v)) for v in model.trainable_variables)
print(f"output shape: {logits.shape}")
print(f"{len(model.trainable_variables)} variables, {n_params} parameters")
assert logits.shape == (8, 3)
assert n_params == (20 * 64 + 64) + (64 * 64 + 64) + (64 * 3 + 3)
print("RESULT", json.dumps({"params": int(n_params), "shape": list(out.shape),
                            "logits_row0": np.round(out[0].astype(float), 4).tolist(),
                            "logits_sum": round(float(out.sum()), 4)}))
