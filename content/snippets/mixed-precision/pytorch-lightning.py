import json
import tempfile

import numpy as np
import pytorch_lightning as pl
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

# The spec's input and weights (those of "Define an MLP") from NumPy, plus 8 labels.
rng = np.random.default_rng(0)
x_np = rng.standard_normal((8, 20), dtype=np.float32)
weights = [  # (W as (in, out), b) for each layer
    (rng.standard_normal((n_in, n_out), dtype=np.float32) / n_in**0.5,
     0.1 * rng.standard_normal(n_out, dtype=np.float32))
    for n_in, n_out in [(20, 64), (64, 64), (64, 3)]
]
y_np = rng.integers(0, 3, size=8)
lr, eps = 1e-3, 1e-8


def float32_reference(x):  # the same forward pass in float32 with NumPy
    for i, (W, b) in enumerate(weights):
        x = x @ W + b
        x = np.maximum(x, 0) if i < 2 else x
    return x


class MLP(pl.LightningModule):
    def __init__(self):
        super().__init__()
        self.layers = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 3))
        with torch.no_grad():  # nn.Linear stores (out, in): transpose
            for layer, (W, b) in zip([m for m in self.layers if isinstance(m, nn.Linear)], weights):
                layer.weight.copy_(torch.from_numpy(W.T))
                layer.bias.copy_(torch.from_numpy(b))

    def forward(self, x):
        return self.layers(x)

    def training_step(self, batch, batch_idx):
        xb, yb = batch
        logits = self(xb)  # the Trainer runs this step inside torch.autocast(bfloat16)
        loss = nn.functional.cross_entropy(logits, yb)  # autocast keeps the loss in float32
        self.seen = {"logits": logits.detach(), "loss_dtype": loss.dtype}
        return loss

    def on_before_optimizer_step(self, optimizer):  # after backward, before Adam's update
        self.grad_dtype = self.layers[0].weight.grad.dtype

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=lr, eps=eps)


model = MLP()
before = model.layers[0].weight.detach().clone()
loader = DataLoader(TensorDataset(torch.from_numpy(x_np), torch.from_numpy(y_np)), batch_size=8)
with tempfile.TemporaryDirectory() as tmp:
    # precision="bf16-mixed" is the whole change: matrix products run in bfloat16 while the
    # weights stay float32; bfloat16 has float32's exponent range, so there is no loss scaling.
    # On a GPU: accelerator="gpu" (bf16-mixed, or "16-mixed" with a gradient scaler).
    trainer = pl.Trainer(precision="bf16-mixed", accelerator="cpu", devices=1, max_steps=1,
                         logger=False, enable_checkpointing=False, enable_progress_bar=False,
                         enable_model_summary=False, default_root_dir=tmp)
    trainer.fit(model, loader)

weight = model.layers[0].weight
compute = str(model.seen["logits"].dtype).removeprefix("torch.")
param, grad = (str(d).removeprefix("torch.") for d in (weight.dtype, model.grad_dtype))
updated = not torch.equal(weight.detach(), before)
print(f"precision plugin: {type(trainer.precision_plugin).__name__} ({trainer.precision}); "
      f"loss in {model.seen['loss_dtype']}")
# Proof that the compute really ran in bfloat16: the logits are off the float32 result by
# bfloat16's rounding (8 bits of mantissa), far more than float32 would be (about 1e-7).
diff = float(np.abs(model.seen["logits"].float().numpy() - float32_reference(x_np)).max())
print(f"compute {compute}, weights {param}, gradients {grad}; logits differ from float32 by {diff:.1e}")
assert compute == "bfloat16" and param == grad == "float32" and 1e-4 < diff < 0.1 and updated
assert model.seen["loss_dtype"] == torch.float32
print("RESULT", json.dumps({"compute_dtype": compute, "param_dtype": param, "grad_dtype": grad,
                            "max_diff_from_float32": round(diff, 3), "weights_updated": bool(updated)}))
