# Written for PyTensor 3.0.7, the newest release for Python 3.11 (this site's snippet
# environment); PyTensor 3.1 and later need Python 3.12.
import json

import numpy as np
import pytensor
import pytensor.tensor as pt

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
params = [pytensor.shared(a) for W, b in weights for a in (W, b)]

x = pt.matrix("x", dtype="float32")  # any number of rows: one function serves every batch size
W0, b0, W1, b1, W2, b2 = params
h = pt.maximum(x @ W0 + b0, 0)
h = pt.maximum(h @ W1 + b1, 0)
logits = h @ W2 + b2
# A graph holds only what was asked for: with no pytensor.grad call, nothing for gradients is
# built or kept, and with no updates the function changes no state. That is inference mode.
predict = pytensor.function([x], logits)
assert not predict.maker.fgraph.update_mapping  # no shared variable is updated by a call

outputs, sizes = [], []
for i in range(0, len(X_big), batch_size):  # in order; the last slice is the smaller batch
    xb = X_big[i : i + batch_size]
    outputs.append(predict(xb))
    sizes.append(len(xb))
logits_np = np.concatenate(outputs)
whole = predict(X_big)  # one pass over everything, to compare
max_diff = float(np.abs(logits_np - whole).max())
labels = logits_np.argmax(axis=1)
print(f"{len(sizes)} batches ({sizes[0]} … {sizes[-1]} rows), {len(labels)} predictions, "
      f"class counts {np.bincount(labels, minlength=3).tolist()}; largest difference from one pass {max_diff:.1e}")
assert logits_np.shape == (10_000, 3) and sizes[-1] == 784 and max_diff < 1e-5
print("RESULT", json.dumps({"rows": len(labels), "batches": len(sizes), "last_batch": sizes[-1],
                            "class_counts": np.bincount(labels, minlength=3).tolist(),
                            "logits_sum": round(float(logits_np.sum()), 2),
                            "max_diff_vs_one_pass": round(max_diff, 6)}))
