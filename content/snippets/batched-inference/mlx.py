import json

import mlx.core as mx
import mlx.nn as nn
import numpy as np

model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 3))
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
# load_weights takes (parameter name, array) pairs; mlx.nn.Linear stores (out, in): transpose.
# strict=True (the default) fails if a name is missing or a shape is wrong.
model.load_weights([(f"layers.{i}.{name}", mx.array(value))
                    for i, (W, b) in zip([0, 2, 4], weights)
                    for name, value in [("weight", W.T), ("bias", b)]])
model.eval()  # inference behaviour for dropout/batch norm layers, if any
# There is no no_grad switch to set: MLX only builds gradients inside mx.grad/value_and_grad,
# so a plain call records nothing to differentiate. On a Mac the same code runs on the GPU
# (MLX's default device there); this site runs on a CPU.

outputs, sizes = [], []
for start in range(0, len(X_big), batch_size):
    batch = mx.array(X_big[start : start + batch_size])  # order kept, short last batch kept
    out = model(batch)
    mx.eval(out)  # compute this batch now, so the lazy graph never spans the whole array
    outputs.append(np.array(out))
    sizes.append(batch.shape[0])
logits = np.concatenate(outputs)
whole = model(mx.array(X_big))  # one pass over everything, to compare
max_diff = float(np.abs(logits - np.array(whole)).max())
labels = logits.argmax(axis=1)
print(f"{len(sizes)} batches ({sizes[0]} … {sizes[-1]} rows), {len(labels)} predictions, "
      f"class counts {np.bincount(labels, minlength=3).tolist()}; largest difference from one pass {max_diff:.1e}")
assert logits.shape == (10_000, 3) and sizes[-1] == 784 and max_diff < 1e-5
print("RESULT", json.dumps({"rows": len(labels), "batches": len(sizes), "last_batch": sizes[-1],
                            "class_counts": np.bincount(labels, minlength=3).tolist(),
                            "logits_sum": round(float(logits.sum()), 2),
                            "max_diff_vs_one_pass": round(max_diff, 6)}))
