import json
import tempfile

import numpy as np
import pytorch_lightning as pl
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

# The spec's data: 32 random greyscale images, channels-last, with random labels (one fixed
# batch, so the check is that the wiring learns: the loss must fall as it memorises the batch).
rng = np.random.default_rng(0)
images = rng.standard_normal((32, 28, 28, 1), dtype=np.float32)
labels = rng.integers(0, 10, size=32)
lr, eps, steps = 1e-3, 1e-8, 20


class SmallCNN(pl.LightningModule):
    def __init__(self):
        super().__init__()
        # The layers are PyTorch's, channels-first: (batch, channels, height, width).
        self.features = nn.Sequential(
            nn.Conv2d(1, 8, kernel_size=3),  # padding=0 ("valid") by default: 28x28 -> 26x26
            nn.ReLU(),
            nn.MaxPool2d(2),  # -> 13x13
            nn.Conv2d(8, 16, kernel_size=3),  # -> 11x11
            nn.ReLU(),
            nn.MaxPool2d(2),  # -> 5x5
            nn.Flatten(),  # -> 16 * 5 * 5 = 400 features
        )
        self.classifier = nn.Linear(16 * 5 * 5, 10)
        self.losses = []

    def forward(self, x):
        return self.classifier(self.features(x))

    def training_step(self, batch, batch_idx):
        xb, yb = batch
        loss = nn.functional.cross_entropy(self(xb), yb)
        self.losses.append(loss.item())
        return loss

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=lr, eps=eps)


pl.seed_everything(0, verbose=False)  # the weights' initialisation
model = SmallCNN()
x = torch.from_numpy(images).permute(0, 3, 1, 2)  # NHWC -> NCHW
loader = DataLoader(TensorDataset(x, torch.from_numpy(labels)), batch_size=32)  # one full batch
with tempfile.TemporaryDirectory() as tmp:
    # One batch per epoch, so max_steps=20 is 20 full-batch steps on the same 32 images.
    trainer = pl.Trainer(max_steps=steps, accelerator="cpu", devices=1, logger=False,
                         enable_checkpointing=False, enable_progress_bar=False,
                         enable_model_summary=False, default_root_dir=tmp)
    trainer.fit(model, loader)

losses = model.losses
with torch.inference_mode():
    out_shape = tuple(model(x).shape)
    flat = model.features(x).shape[1]  # features entering the classifier
n_params = sum(p.numel() for p in model.parameters())
print(f"output shape: {out_shape}, {flat} features before the classifier, {n_params} parameters")
print(f"loss: {losses[0]:.3f} -> {losses[-1]:.3f} over {trainer.global_step} steps")
assert out_shape == (32, 10) and flat == 400 and trainer.global_step == steps
assert losses[-1] < 0.9 * losses[0]
print("RESULT", json.dumps({"params": int(n_params), "flat_features": int(flat), "shape": list(out_shape),
                            "lr": lr, "eps": eps, "steps": len(losses),
                            "loss_ratio": round(losses[-1] / losses[0], 2)}))
