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

# ExecuTorch deploys a PyTorch model: the model is written in PyTorch, then lowered to a .pte
# program that the ExecuTorch runtime (C++, here through its Python bindings) executes without
# Python model code.
model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 3))
# The spec's input and weights (those of "Define an MLP"), standing in for trained ones.
rng = np.random.default_rng(0)
x_np = rng.standard_normal((8, 20), dtype=np.float32)
weights = [  # (W as (in, out), b) for each layer
    (rng.standard_normal((n_in, n_out), dtype=np.float32) / n_in**0.5,
     0.1 * rng.standard_normal(n_out, dtype=np.float32))
    for n_in, n_out in [(20, 64), (64, 64), (64, 3)]
]
with torch.no_grad():  # nn.Linear stores (out, in): transpose
    for layer, (W, b) in zip([m for m in model if isinstance(m, nn.Linear)], weights):
        layer.weight.copy_(torch.from_numpy(W.T))
        layer.bias.copy_(torch.from_numpy(b))
model.eval()
x = torch.from_numpy(x_np)
with torch.inference_mode():
    expected = model(x).numpy()

# 1. torch.export captures the graph. ExecuTorch plans its memory ahead of time, so a dynamic
#    dimension needs an upper bound: here batches of 1 to 1024 rows.
batch = Dim("batch", min=1, max=1024)
exported = torch.export.export(model, (x,), dynamic_shapes=({0: batch},))
# 2. Lower to the Edge dialect, hand the supported parts to the XNNPACK backend (optimised CPU
#    kernels for Arm and x86), and 3. serialise the program.
program = to_edge_transform_and_lower(exported, partitioner=[XnnpackPartitioner()]).to_executorch()

runtime = Runtime.get()
with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "mlp.pte"
    path.write_bytes(program.buffer)
    size_kb = path.stat().st_size / 1024
    forward = runtime.load_program(path).load_method("forward")  # no PyTorch model code needed
    out = forward.execute([x])[0].numpy()
    other = forward.execute([x[:3]])[0].numpy()  # another batch size than the example's 8

max_diff = float(np.abs(out - expected).max())
print(f"program: {size_kb:.1f} KB; output {out.shape} (and {other.shape} for 3 rows), "
      f"max difference from PyTorch {max_diff:.1e}")
assert out.shape == (8, 3) and other.shape == (3, 3) and max_diff <= 1e-5
print("RESULT", json.dumps({"shape": list(out.shape), "other_batch_shape": list(other.shape),
                            "max_abs_diff": max_diff, "logits_row0": np.round(out[0].astype(float), 4).tolist(),
                            "logits_sum": round(float(out.sum()), 4)}))
