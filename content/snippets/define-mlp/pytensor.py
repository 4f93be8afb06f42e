# Written for PyTensor 3.0.7, the newest release for Python 3.11 (this site's snippet
# environment); PyTensor 3.1 and later need Python 3.12.
import json

import numpy as np
import pytensor
import pytensor.tensor as pt

# The spec's input and weights, made with NumPy so every framework computes the same numbers.
rng = np.random.default_rng(0)
x_np = rng.standard_normal((8, 20), dtype=np.float32)
weights = [  # (W as (in, out), b) for each layer
    (rng.standard_normal((n_in, n_out), dtype=np.float32) / n_in**0.5,
     0.1 * rng.standard_normal(n_out, dtype=np.float32))
    for n_in, n_out in [(20, 64), (64, 64), (64, 3)]
]

# PyTensor has no layer classes: a model is a graph over shared variables, which hold the
# parameter values between calls (and are what a training step updates). The (in, out) layout
# is used as it is, so x @ W needs no transpose.
params = []
for i, (W, b) in enumerate(weights):
    params += [pytensor.shared(W, name=f"W{i}"), pytensor.shared(b, name=f"b{i}")]


def relu(z):
    return pt.maximum(z, 0)  # pytensor.tensor has no relu function; this is the whole of it


def mlp(x):
    W0, b0, W1, b1, W2, b2 = params
    h = relu(x @ W0 + b0)
    h = relu(h @ W1 + b1)
    return h @ W2 + b2  # raw logits; the loss applies softmax


x = pt.matrix("x", dtype="float32")  # a symbolic batch of any number of rows
forward = pytensor.function([x], mlp(x))  # compiled once, called with NumPy arrays
out = forward(x_np)
n_params = sum(p.get_value().size for p in params)
print(f"output shape: {out.shape}, dtype {out.dtype}, parameters: {n_params}")
assert out.shape == (8, 3) and out.dtype == np.float32
assert n_params == 20 * 64 + 64 + 64 * 64 + 64 + 64 * 3 + 3
print("RESULT", json.dumps({"params": int(n_params), "shape": list(out.shape),
                            "logits_row0": np.round(out[0].astype(float), 4).tolist(),
                            "logits_sum": round(float(out.sum()), 4)}))
