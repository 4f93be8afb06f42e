import json
import tempfile
from pathlib import Path

import mlx.core as mx
import mlx.nn as nn
import numpy as np

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
# mlx.nn.Linear stores (out, in): transpose. mx.array keeps a NumPy view's strides, and in MLX
# 0.32.4 export_function writes a constant's buffer as if it were row-major, so a transposed
# view would be saved scrambled: copy each weight to row-major order first.
model.load_weights([(f"layers.{i}.{name}", mx.array(np.ascontiguousarray(value)))
                    for i, (W, b) in zip([0, 2, 4], weights)
                    for name, value in [("weight", W.T), ("bias", b)]])
model.eval()
x = mx.array(x_np)
expected = np.array(model(x))  # the Python model, as nn.Linear runs it


def predict(x):
    # The model's arrays are captured as constants of the exported graph. nn.Linear computes
    # mx.addmm(bias, x, W.T); in MLX 0.32.4 (on this CPU) a shapeless trace of addmm gives wrong
    # numbers, or corrupts memory, for any batch size but the example's, so the exported
    # function spells each layer as x @ W.T + b, which traces correctly.
    for layer in model.layers:
        x = x @ layer.weight.T + layer.bias if isinstance(layer, nn.Linear) else layer(x)
    return x


with tempfile.TemporaryDirectory() as tmp:
    path = str(Path(tmp) / "mlp.mlxfn")
    # export_function traces predict on the example input and writes the graph with its
    # constants to one .mlxfn file, which MLX's C++ API can also load (no Python needed).
    # shapeless=True (default False) lets the one trace serve any batch size; without it the
    # imported function accepts only the example's (8, 20).
    mx.export_function(path, predict, x, shapeless=True, metadata=json.dumps({"inputs": [[None, 20]]}))
    size_kb = Path(path).stat().st_size / 1024
    # Reloading needs only mlx.core: no nn.Module, no MLP code. The file's graph format is
    # marked experimental and may not load in a later MLX version.
    reloaded, metadata = mx.import_function(path, return_metadata=True)

(out,) = reloaded(x)  # an imported function always returns a tuple of arrays
(other,) = reloaded(x[:3])  # another batch size than the example's 8
out, other = np.array(out), np.array(other)
print(f"mlp.mlxfn: {size_kb:.1f} KiB, metadata {metadata}")
max_diff = float(np.abs(out - expected).max())
print(f"reloaded: output {out.shape} (and {other.shape} for 3 rows), max difference {max_diff:.1e}")
assert out.shape == (8, 3) and other.shape == (3, 3) and max_diff <= 1e-5
assert np.allclose(other, expected[:3], atol=1e-6)
print("RESULT", json.dumps({"shape": list(out.shape), "other_batch_shape": list(other.shape),
                            "max_abs_diff": max_diff, "logits_row0": np.round(out[0].astype(float), 4).tolist(),
                            "logits_sum": round(float(out.sum()), 4)}))
