import json

import mindspore as ms
import numpy as np
from mindspore import nn, ops

ms.set_device("CPU")

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

model = nn.SequentialCell(nn.Dense(20, 64), nn.ReLU(), nn.Dense(64, 64), nn.ReLU(), nn.Dense(64, 3))
for layer, (W, b) in zip([c for c in model if isinstance(c, nn.Dense)], weights):
    layer.weight.set_data(ms.Tensor(np.ascontiguousarray(W.T)))  # Dense stores (out, in)
    layer.bias.set_data(ms.Tensor(b))
model.set_train(False)  # inference mode

# MindSpore computes gradients only inside ms.grad / value_and_grad, so a plain call builds no
# backward graph: there is no no_grad() to enter. ops.stop_gradient would cut one if needed.
outputs, sizes = [], []
for start in range(0, len(X_big), batch_size):
    batch = ms.Tensor(X_big[start : start + batch_size])  # the last batch is shorter
    outputs.append(model(batch).asnumpy())
    sizes.append(len(batch))
logits = np.concatenate(outputs)
one_pass = model(ms.Tensor(X_big)).asnumpy()
max_diff = float(np.abs(logits - one_pass).max())
labels = ops.argmax(ms.Tensor(logits), dim=1).asnumpy()
print(f"{len(sizes)} batches ({sizes[0]} … {sizes[-1]} rows), {len(labels)} predictions, "
      f"class counts {np.bincount(labels, minlength=3).tolist()}; largest difference from one pass {max_diff:.1e}")
assert logits.shape == (10_000, 3) and sizes[-1] == 784 and max_diff < 1e-5
print("RESULT", json.dumps({"rows": len(labels), "batches": len(sizes), "last_batch": sizes[-1],
                            "class_counts": np.bincount(labels, minlength=3).tolist(),
                            "logits_sum": round(float(logits.sum()), 2),
                            "max_diff_vs_one_pass": round(max_diff, 6)}))
