import json

import numpy as np
import paddle
from paddle import nn
from paddle.io import DataLoader, TensorDataset

# With a GPU build of Paddle: paddle.device.set_device("gpu"); this site runs on a CPU.
paddle.device.set_device("cpu")
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
# Paddle's Linear stores its weight as (in, out), like the NumPy matrices: no transpose.
for layer, (W, b) in zip([m for m in model if isinstance(m, nn.Linear)], weights):
    layer.weight.set_value(W)
    layer.bias.set_value(b)

# shuffle=False keeps the rows in order; drop_last=False keeps the short last batch.
loader = DataLoader(TensorDataset([paddle.to_tensor(X_big)]), batch_size=batch_size,
                    shuffle=False, drop_last=False)

model.eval()  # switches dropout/batch norm to inference behaviour
outputs, sizes = [], []
with paddle.no_grad():  # no autograd graph is recorded
    for (xb,) in loader:
        out = model(xb)
        outputs.append(out.numpy())
        sizes.append(xb.shape[0])
    assert out.stop_gradient  # no graph was recorded
    whole = model(paddle.to_tensor(X_big)).numpy()  # one pass over everything, to compare
logits = np.concatenate(outputs)
max_diff = float(np.abs(logits - whole).max())
labels = logits.argmax(axis=1)
print(f"{len(sizes)} batches ({sizes[0]} … {sizes[-1]} rows), {len(labels)} predictions, "
      f"class counts {np.bincount(labels, minlength=3).tolist()}; largest difference from one pass {max_diff:.1e}")
assert logits.shape == (10_000, 3) and sizes[-1] == 784 and max_diff < 1e-5
print("RESULT", json.dumps({"rows": len(labels), "batches": len(sizes), "last_batch": sizes[-1],
                            "class_counts": np.bincount(labels, minlength=3).tolist(),
                            "logits_sum": round(float(logits.sum()), 2),
                            "max_diff_vs_one_pass": round(max_diff, 6)}))
