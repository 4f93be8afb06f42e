import json
import tempfile
import time

import numpy as np
import pytorch_lightning as pl
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

# The spec's data and starting weights, from NumPy: the first 512 rows of the training-loop
# recipe, fed in order as 8 batches of 64, and the weights of "Define an MLP".
rng = np.random.default_rng(0)
X = rng.standard_normal((1280, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
X, y = torch.from_numpy(X[:512]), torch.from_numpy(y[:512])
wrng = np.random.default_rng(0)
wrng.standard_normal((8, 20), dtype=np.float32)  # (define-mlp's input: skipped, weights follow)
weights = [
    (wrng.standard_normal((n_in, n_out), dtype=np.float32) / n_in**0.5,
     0.1 * wrng.standard_normal(n_out, dtype=np.float32))
    for n_in, n_out in [(20, 64), (64, 64), (64, 3)]
]
lr, eps, batch_size = 1e-3, 1e-8, 64


class MLP(pl.LightningModule):
    def __init__(self):
        super().__init__()
        self.layers = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 3))
        with torch.no_grad():  # the spec's weights; nn.Linear stores (out, in): transpose
            for layer, (W, b) in zip([m for m in self.layers if isinstance(m, nn.Linear)], weights):
                layer.weight.copy_(torch.from_numpy(W.T))
                layer.bias.copy_(torch.from_numpy(b))

    def forward(self, x):
        return self.layers(x)

    def training_step(self, batch, batch_idx):
        xb, yb = batch
        return nn.functional.cross_entropy(self(xb), yb)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=lr, eps=eps)


loader = DataLoader(TensorDataset(X, y), batch_size=batch_size, shuffle=False)  # 8 batches in order
outputs, final_loss = {}, {}
with tempfile.TemporaryDirectory() as tmp:
    for mode in ("eager", "compiled"):
        model = MLP()
        # Lightning takes a torch.compile'd LightningModule as it is: the Trainer unwraps it,
        # runs its hooks on the module and calls the compiled forward (TorchDynamo graph,
        # AOTAutograd backward, Inductor C++ kernels; a C++ compiler must be installed).
        # fullgraph=True makes any graph break an error instead of a silent fallback.
        run = torch.compile(model, fullgraph=True) if mode == "compiled" else model
        trainer = pl.Trainer(max_epochs=1, accelerator="cpu", devices=1, logger=False,
                             enable_checkpointing=False, enable_progress_bar=False,
                             enable_model_summary=False, default_root_dir=tmp)
        start = time.perf_counter()
        trainer.fit(run, loader)
        steps = trainer.global_step
        print(f"{mode:8}: {steps} training steps in {time.perf_counter() - start:.1f} s")
        with torch.inference_mode():
            outputs[mode] = model.layers(X)  # the plain layers, evaluated the same way for both
            final_loss[mode] = nn.functional.cross_entropy(outputs[mode], y).item()

max_diff = (outputs["compiled"] - outputs["eager"]).abs().max().item()
print(f"{steps} steps each; loss after training {final_loss['compiled']:.4f} compiled, "
      f"{final_loss['eager']:.4f} eager; outputs differ by at most {max_diff:.1e}")
assert steps == 8 and max_diff < 1e-4 and abs(final_loss["compiled"] - final_loss["eager"]) < 1e-5
print("RESULT", json.dumps({"steps": steps, "final_loss": round(final_loss["compiled"], 4),
                            "max_abs_diff_compiled_vs_eager": round(max_diff, 6)}))
