"""PyTorch as the source: torch.onnx.export (dynamo) -> .onnx, torch.export -> ExecuTorch .pte,
litert-torch -> .tflite. Usage: python export_pytorch.py OUTDIR (writes OUTDIR/manifest.json)."""

import os
import sys
import time

import numpy as np
import torch

from common import trimmed, weights, write_json

out = sys.argv[1]
w1, b1, w2, b2, x = weights()


class Mlp(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = torch.nn.Linear(8, 16)
        self.fc2 = torch.nn.Linear(16, 3)
        with torch.no_grad():
            # nn.Linear stores (out, in): the shared (in, out) matrices are transposed.
            self.fc1.weight.copy_(torch.from_numpy(w1.T))
            self.fc1.bias.copy_(torch.from_numpy(b1))
            self.fc2.weight.copy_(torch.from_numpy(w2.T))
            self.fc2.bias.copy_(torch.from_numpy(b2))

    def forward(self, x):
        return self.fc2(torch.relu(self.fc1(x)))


model = Mlp().eval()
example = (torch.from_numpy(x),)
with torch.no_grad():
    reference = model(*example).numpy()


def to_onnx(path):
    program = torch.onnx.export(model, example, dynamo=True)
    program.save(path)


def to_pte(path):
    from executorch.exir import to_edge_transform_and_lower

    exported = torch.export.export(model, example)
    program = to_edge_transform_and_lower(exported).to_executorch()
    with open(path, "wb") as f:
        f.write(program.buffer)


def to_tflite(path):
    import litert_torch  # noqa: F401 (the PyPI package of the PyTorch -> LiteRT converter)

    litert_torch.convert(model, example).export(path)


exports = []
for fmt, exporter, fn in [
    ("onnx", "torch.onnx.export (dynamo)", to_onnx),
    ("pte", "torch.export + executorch.exir", to_pte),
    ("tflite", "litert-torch", to_tflite),
]:
    path = os.path.join(out, f"pytorch.{fmt}")
    start = time.perf_counter()
    entry = {"format": fmt, "exporter": exporter, "file": path}
    try:
        fn(path)
    except Exception as e:  # every failure is a record, not a crash
        entry["error"] = trimmed(e)
    entry["seconds"] = round(time.perf_counter() - start, 2)
    exports.append(entry)

write_json(os.path.join(out, "manifest.json"), {"reference": np.asarray(reference).tolist(), "exports": exports})
