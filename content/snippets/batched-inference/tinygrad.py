# tinygrad compiles kernels for the CPU with clang, which must be installed.
import json

import numpy as np
from tinygrad import Tensor, TinyJit, nn

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

layers = [nn.Linear(20, 64), nn.Linear(64, 64), nn.Linear(64, 3)]
for layer, (W, b) in zip(layers, weights):
    layer.weight, layer.bias = Tensor(np.ascontiguousarray(W.T)), Tensor(b)  # stored (out, in)


def model(x: Tensor) -> Tensor:
    return x.sequential([layers[0], Tensor.relu, layers[1], Tensor.relu, layers[2]])


# Inference is the default: gradients exist only after backward(), and Tensor.training is False.
# TinyJit replays the kernels of a fixed shape, so it serves the full batches; the shorter last
# batch (another shape) runs un-jitted.
predict = TinyJit(lambda x: model(x).realize())
outputs, sizes = [], []
for start in range(0, len(X_big), batch_size):
    batch = X_big[start : start + batch_size]
    run = predict if len(batch) == batch_size else model
    outputs.append(run(Tensor(batch)).numpy())
    sizes.append(len(batch))
logits = np.concatenate(outputs)
one_pass = model(Tensor(X_big)).numpy()
max_diff = float(np.abs(logits - one_pass).max())
labels = logits.argmax(axis=1)
print(f"{len(sizes)} batches ({sizes[0]} … {sizes[-1]} rows), {len(labels)} predictions, "
      f"class counts {np.bincount(labels, minlength=3).tolist()}; largest difference from one pass {max_diff:.1e}")
assert logits.shape == (10_000, 3) and sizes[-1] == 784 and max_diff < 1e-5
print("RESULT", json.dumps({"rows": len(labels), "batches": len(sizes), "last_batch": sizes[-1],
                            "class_counts": np.bincount(labels, minlength=3).tolist(),
                            "logits_sum": round(float(logits.sum()), 2),
                            "max_diff_vs_one_pass": round(max_diff, 6)}))
