import json

import numpy as np
import pytorch_lightning as pl
import torch
from torch import nn


class MLP(pl.LightningModule):
    """A LightningModule is an nn.Module with the training hooks attached; the layers are PyTorch's."""

    def __init__(self, in_features=20, hidden=64, classes=3, lr=1e-3):
        super().__init__()
        self.save_hyperparameters()  # stored in checkpoints, so the model can be rebuilt from one
        self.layers = nn.Sequential(
            nn.Linear(in_features, hidden),
            nn.ReLU(),
            nn.Linear(hidden, hidden),
            nn.ReLU(),
            nn.Linear(hidden, classes),  # raw logits; the loss applies softmax
        )

    def forward(self, x):
        return self.layers(x)

    def training_step(self, batch, batch_idx):  # used by Trainer.fit (see the training-loop task)
        xb, yb = batch
        loss = nn.functional.cross_entropy(self(xb), yb)
        self.log("train_loss", loss)
        return loss

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.hparams.lr, betas=(0.9, 0.999), eps=1e-8)


model = MLP()
print(model)

# The spec's input and weights, made with NumPy so every framework computes the same numbers.
rng = np.random.default_rng(0)
x_np = rng.standard_normal((8, 20), dtype=np.float32)
weights = [  # (W as (in, out), b) for each layer
    (rng.standard_normal((n_in, n_out), dtype=np.float32) / n_in**0.5,
     0.1 * rng.standard_normal(n_out, dtype=np.float32))
    for n_in, n_out in [(20, 64), (64, 64), (64, 3)]
]
# nn.Linear stores its weight as (out, in): transpose the (in, out) NumPy matrices.
linears = [m for m in model.layers if isinstance(m, nn.Linear)]
with torch.no_grad():
    for layer, (W, b) in zip(linears, weights):
        layer.weight.copy_(torch.from_numpy(W.T))
        layer.bias.copy_(torch.from_numpy(b))

# Called directly, a LightningModule is a plain module: no Trainer is needed to run it.
model.eval()
with torch.inference_mode():
    logits = model(torch.from_numpy(x_np))
out = logits.numpy()
n_params = sum(p.numel() for p in model.parameters())
print(f"output shape: {tuple(logits.shape)}, parameters: {n_params}, hparams: {dict(model.hparams)}")
assert isinstance(model, nn.Module) and logits.shape == (8, 3)
assert n_params == 20 * 64 + 64 + 64 * 64 + 64 + 64 * 3 + 3
print("RESULT", json.dumps({"params": int(n_params), "shape": list(out.shape),
                            "logits_row0": np.round(out[0].astype(float), 4).tolist(),
                            "logits_sum": round(float(out.sum()), 4)}))
