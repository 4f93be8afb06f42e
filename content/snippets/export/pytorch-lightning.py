import json
import tempfile
from pathlib import Path

import numpy as np
import onnxruntime as ort
import pytorch_lightning as pl
import torch
from torch import nn
from torch.export import Dim


class MLP(pl.LightningModule):
    def __init__(self):
        super().__init__()
        self.layers = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 3))
        # The input to_onnx traces with when it is given none.
        self.example_input_array = torch.zeros(8, 20)

    def forward(self, x):
        return self.layers(x)


model = MLP()
# The spec's input and weights (those of "Define an MLP"), standing in for trained ones.
rng = np.random.default_rng(0)
x_np = rng.standard_normal((8, 20), dtype=np.float32)
weights = [  # (W as (in, out), b) for each layer
    (rng.standard_normal((n_in, n_out), dtype=np.float32) / n_in**0.5,
     0.1 * rng.standard_normal(n_out, dtype=np.float32))
    for n_in, n_out in [(20, 64), (64, 64), (64, 3)]
]
with torch.no_grad():  # nn.Linear stores (out, in): transpose
    for layer, (W, b) in zip([m for m in model.layers if isinstance(m, nn.Linear)], weights):
        layer.weight.copy_(torch.from_numpy(W.T))
        layer.bias.copy_(torch.from_numpy(b))
model.eval()
with torch.inference_mode():
    expected = model(torch.from_numpy(x_np)).numpy()

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "mlp.onnx"
    # LightningModule.to_onnx hands its arguments to torch.onnx.export, whose default in
    # torch 2.13 is the dynamo exporter (torch.export, then onnxscript); the batch is dynamic.
    model.to_onnx(path, dynamo=True, dynamic_shapes=({0: Dim("batch")},))
    # Any ONNX runtime can now run it without PyTorch, Lightning or the class above.
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    name = session.get_inputs()[0].name
    out = session.run(None, {name: x_np})[0]
    other = session.run(None, {name: x_np[:3]})[0]  # another batch size than the example's 8

max_diff = float(np.abs(out - expected).max())
print(f"ONNX Runtime {ort.__version__}: output {out.shape} (and {other.shape} for 3 rows), "
      f"max difference from PyTorch {max_diff:.1e}")
assert out.shape == (8, 3) and other.shape == (3, 3) and max_diff <= 1e-5
print("RESULT", json.dumps({"shape": list(out.shape), "other_batch_shape": list(other.shape),
                            "max_abs_diff": max_diff, "logits_row0": np.round(out[0].astype(float), 4).tolist(),
                            "logits_sum": round(float(out.sum()), 4)}))
