import json
import tempfile
from pathlib import Path

import mindspore as ms
import numpy as np
from mindspore import nn

ms.set_device("CPU")

model = nn.SequentialCell(nn.Dense(20, 64), nn.ReLU(), nn.Dense(64, 64), nn.ReLU(), nn.Dense(64, 3))
# The spec's input and weights (those of "Define an MLP"), standing in for trained ones.
rng = np.random.default_rng(0)
x_np = rng.standard_normal((8, 20), dtype=np.float32)
weights = [  # (W as (in, out), b) for each layer
    (rng.standard_normal((n_in, n_out), dtype=np.float32) / n_in**0.5,
     0.1 * rng.standard_normal(n_out, dtype=np.float32))
    for n_in, n_out in [(20, 64), (64, 64), (64, 3)]
]
for layer, (W, b) in zip([c for c in model if isinstance(c, nn.Dense)], weights):
    layer.weight.set_data(ms.Tensor(np.ascontiguousarray(W.T)))  # Dense stores (out, in)
    layer.bias.set_data(ms.Tensor(b))
model.set_train(False)
x = ms.Tensor(x_np)
expected = model(x).asnumpy()

with tempfile.TemporaryDirectory() as tmp:
    base = Path(tmp) / "mlp"
    # MINDIR is MindSpore's deployment format (graph and weights in one protobuf file), what
    # MindSpore Lite and the Python runtime load. An input whose shape holds None exports a
    # dynamic batch dimension.
    ms.export(model, ms.Tensor(shape=[None, 20], dtype=ms.float32), file_name=str(base), file_format="MINDIR")
    path = base.with_suffix(".mindir")
    size_kb = path.stat().st_size / 1024
    graph = ms.load(str(path))  # no Python model code needed

loaded = nn.GraphCell(graph)  # runs the loaded graph like a Cell
out = loaded(x).asnumpy()
other = loaded(x[:3]).asnumpy()  # another batch size than the example's 8
max_diff = float(np.abs(out - expected).max())
print(f"MINDIR file: {size_kb:.1f} KB; output {out.shape} (and {other.shape} for 3 rows), max difference {max_diff:.1e}")
assert out.shape == (8, 3) and other.shape == (3, 3) and max_diff <= 1e-5
print("RESULT", json.dumps({"shape": list(out.shape), "other_batch_shape": list(other.shape),
                            "max_abs_diff": max_diff, "logits_row0": np.round(out[0].astype(float), 4).tolist(),
                            "logits_sum": round(float(out.sum()), 4)}))
