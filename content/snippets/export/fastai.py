import json
import tempfile
from pathlib import Path

import numpy as np
import torch
from fastai.data.core import Datasets
from fastai.learner import Learner, load_learner
from fastai.losses import CrossEntropyLossFlat
from fastcore.basics import noop
from torch import nn

# The spec's input and weights (those of "Define an MLP"), made with NumPy: they stand in for
# trained ones and make every framework's artefact compute the same numbers.
rng = np.random.default_rng(0)
x_np = rng.standard_normal((8, 20), dtype=np.float32)
weights = [  # (W as (in, out), b) for each layer
    (rng.standard_normal((n_in, n_out), dtype=np.float32) / n_in**0.5,
     0.1 * rng.standard_normal(n_out, dtype=np.float32))
    for n_in, n_out in [(20, 64), (64, 64), (64, 3)]
]
model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 3))
with torch.no_grad():  # nn.Linear stores (out, in): transpose
    for layer, (W, b) in zip([m for m in model if isinstance(m, nn.Linear)], weights):
        layer.weight.copy_(torch.from_numpy(W.T))
        layer.bias.copy_(torch.from_numpy(b))
model.eval()
with torch.inference_mode():
    expected = model(torch.from_numpy(x_np)).numpy()

# A Learner over fastai Datasets of raw rows (no transforms: noop). learn.export keeps the
# data pipeline's recipe, not its rows, so the reloaded Learner can build loaders for new inputs.
dls = Datasets(x_np, [[noop]]).dataloaders(bs=8, device="cpu")
learn = Learner(dls, model, loss_func=CrossEntropyLossFlat())

with tempfile.TemporaryDirectory() as tmp:
    learn.path = Path(tmp)
    # export pickles the whole Learner (model, pipeline, loss; no optimizer state) with
    # cloudpickle. Reloading needs fastai and PyTorch installed but not this script: the
    # model's class is PyTorch's own. It is a pickle: load only files you trust. For serving
    # outside Python, export the model (learn.model) with PyTorch's tools (see the PyTorch tab).
    learn.export("mlp.pkl")
    loaded = load_learner(Path(tmp) / "mlp.pkl", cpu=True)

# test_dl runs new rows through the saved pipeline in order; act=noop keeps raw logits (by
# default get_preds applies the loss's activation, here softmax).
out, _ = loaded.get_preds(dl=loaded.dls.test_dl(x_np), act=noop)
other, _ = loaded.get_preds(dl=loaded.dls.test_dl(x_np[:3]), act=noop)  # another batch size
out, other = out.numpy(), other.numpy()
max_diff = float(np.abs(out - expected).max())
print(f"reloaded {type(loaded).__name__}: output {out.shape} (and {other.shape} for 3 rows), "
      f"max difference {max_diff:.1e}")
assert out.shape == (8, 3) and other.shape == (3, 3) and max_diff <= 1e-5
print("RESULT", json.dumps({"shape": list(out.shape), "other_batch_shape": list(other.shape),
                            "max_abs_diff": max_diff, "logits_row0": np.round(out[0].astype(float), 4).tolist(),
                            "logits_sum": round(float(out.sum()), 4)}))
