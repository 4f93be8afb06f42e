import json
import tempfile
from pathlib import Path

import numpy as np
import torch
from torch import nn
from torch.export import Dim

model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 3))
# The spec's input and weights (those of "Define an MLP"), made with NumPy: they stand in for
# trained ones and make every framework's artefact compute the same numbers.
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

# torch.export traces forward() into a graph of ATen ops, weights included.
# The batch dimension is declared dynamic so any batch size works later.
program = torch.export.export(model, (x,), dynamic_shapes=({0: Dim("batch")},))

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "mlp.pt2"
    torch.export.save(program, path)
    loaded = torch.export.load(path)  # needs no Python class for the model

runnable = loaded.module()  # an nn.Module that runs the saved graph
with torch.inference_mode():
    out = runnable(x).numpy()
    other = runnable(x[:3]).numpy()  # another batch size than the example's 8
print(f"reloaded program with {len(loaded.graph.nodes)} graph nodes")
max_diff = float(np.abs(out - expected).max())
print(f"reloaded: output {out.shape} (and {other.shape} for 3 rows), max difference {max_diff:.1e}")
assert out.shape == (8, 3) and other.shape == (3, 3) and max_diff <= 1e-5
print("RESULT", json.dumps({"shape": list(out.shape), "other_batch_shape": list(other.shape),
                            "max_abs_diff": max_diff, "logits_row0": np.round(out[0].astype(float), 4).tolist(),
                            "logits_sum": round(float(out.sum()), 4)}))
