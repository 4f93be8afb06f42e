import json
import tempfile
from pathlib import Path

import numpy as np
import paddle
from paddle import nn
from paddle.static import InputSpec

paddle.device.set_device("cpu")
model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 3))
# The spec's input and weights (those of "Define an MLP"), standing in for trained ones.
rng = np.random.default_rng(0)
x_np = rng.standard_normal((8, 20), dtype=np.float32)
weights = [  # (W as (in, out), b) for each layer
    (rng.standard_normal((n_in, n_out), dtype=np.float32) / n_in**0.5,
     0.1 * rng.standard_normal(n_out, dtype=np.float32))
    for n_in, n_out in [(20, 64), (64, 64), (64, 3)]
]
# Paddle's nn.Linear stores its weight as (in, out), like the spec: no transpose.
for layer, (W, b) in zip([m for m in model if isinstance(m, nn.Linear)], weights):
    layer.weight.set_value(W)
    layer.bias.set_value(b)
model.eval()
x = paddle.to_tensor(x_np)
with paddle.no_grad():
    expected = model(x).numpy()

with tempfile.TemporaryDirectory() as tmp:
    prefix = str(Path(tmp) / "mlp")
    # paddle.jit.save converts the dynamic-graph model to a static program and writes it with
    # its weights (the format Paddle Inference and Paddle Lite deploy). None in the InputSpec's
    # shape is a dynamic batch dimension.
    paddle.jit.save(model, prefix, input_spec=[InputSpec(shape=[None, 20], dtype="float32", name="x")])
    files = sorted(p.name for p in Path(tmp).iterdir())
    loaded = paddle.jit.load(prefix)  # a TranslatedLayer: no Python model code needed
    loaded.eval()
    with paddle.no_grad():
        out = loaded(x).numpy()
        other = loaded(x[:3]).numpy()  # another batch size than the example's 8

max_diff = float(np.abs(out - expected).max())
print(f"saved {files}; output {out.shape} (and {other.shape} for 3 rows), max difference {max_diff:.1e}")
assert out.shape == (8, 3) and other.shape == (3, 3) and max_diff <= 1e-5
print("RESULT", json.dumps({"shape": list(out.shape), "other_batch_shape": list(other.shape),
                            "max_abs_diff": max_diff, "logits_row0": np.round(out[0].astype(float), 4).tolist(),
                            "logits_sum": round(float(out.sum()), 4)}))
