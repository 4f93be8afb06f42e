import json
import tempfile
from pathlib import Path

import numpy as np
import torch
from executorch.backends.xnnpack.partition.xnnpack_partitioner import XnnpackPartitioner
from executorch.exir import to_edge_transform_and_lower
from executorch.runtime import Runtime
from torch import nn
from torch.export import Dim

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

# ExecuTorch runs a program lowered from a PyTorch model, so the model is written in PyTorch.
model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 3))
with torch.no_grad():  # nn.Linear stores (out, in): transpose
    for layer, (W, b) in zip([m for m in model if isinstance(m, nn.Linear)], weights):
        layer.weight.copy_(torch.from_numpy(W.T))
        layer.bias.copy_(torch.from_numpy(b))
model.eval()

# Memory is planned when the program is made, so the dynamic batch dimension has an upper bound:
# 10 000 rows, for the one-pass comparison below (a deployed program would use its batch size).
batch = Dim("batch", min=1, max=10_000)
example = (torch.from_numpy(X_big[:batch_size]),)
exported = torch.export.export(model, example, dynamic_shapes=({0: batch},))
program = to_edge_transform_and_lower(exported, partitioner=[XnnpackPartitioner()]).to_executorch()

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "mlp.pte"
    path.write_bytes(program.buffer)
    forward = Runtime.get().load_program(path).load_method("forward")
    # The runtime executes the program only: there is no autograd to switch off.
    outputs, sizes = [], []
    for start in range(0, len(X_big), batch_size):
        rows = torch.from_numpy(X_big[start : start + batch_size])  # the last batch is shorter
        outputs.append(forward.execute([rows])[0].numpy())
        sizes.append(len(rows))
    one_pass = forward.execute([torch.from_numpy(X_big)])[0].numpy()

logits = np.concatenate(outputs)
max_diff = float(np.abs(logits - one_pass).max())
labels = logits.argmax(axis=1)
print(f"{len(sizes)} batches ({sizes[0]} … {sizes[-1]} rows), {len(labels)} predictions, "
      f"class counts {np.bincount(labels, minlength=3).tolist()}; largest difference from one pass {max_diff:.1e}")
assert logits.shape == (10_000, 3) and sizes[-1] == 784 and max_diff < 1e-5
print("RESULT", json.dumps({"rows": len(labels), "batches": len(sizes), "last_batch": sizes[-1],
                            "class_counts": np.bincount(labels, minlength=3).tolist(),
                            "logits_sum": round(float(logits.sum()), 2),
                            "max_diff_vs_one_pass": round(max_diff, 6)}))
