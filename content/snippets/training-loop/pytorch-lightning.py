import json
import tempfile

import numpy as np
import pytorch_lightning as pl
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

# The spec's data, one NumPy recipe for every framework: 1 280 points, the first 1 024 to train
# on, the last 256 held out; the label is the arg-max of a fixed random linear map.
rng = np.random.default_rng(0)
X = rng.standard_normal((1280, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
X_train, y_train, X_test, y_test = X[:1024], y[:1024], X[1024:], y[1024:]
lr, eps, epochs, batch_size = 1e-3, 1e-8, 10, 64


class MLP(pl.LightningModule):
    def __init__(self):
        super().__init__()
        self.layers = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 3))

    def forward(self, x):
        return self.layers(x)

    # The Trainer calls these hooks: it does zero_grad, backward and the optimizer step itself.
    def training_step(self, batch, batch_idx):
        xb, yb = batch
        loss = nn.functional.cross_entropy(self(xb), yb)  # logits and integer labels
        self.log("train_loss", loss, on_step=False, on_epoch=True)  # averaged over the epoch
        return loss

    def test_step(self, batch, batch_idx):  # run by trainer.test in eval mode, without gradients
        xb, yb = batch
        self.log("test_acc", (self(xb).argmax(1) == yb).float().mean())

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=lr, betas=(0.9, 0.999), eps=eps)


class PrintLoss(pl.Callback):
    def on_train_epoch_end(self, trainer, module):
        epoch = trainer.current_epoch
        if epoch % 3 == 0 or epoch == epochs - 1:
            print(f"epoch {epoch}: loss {trainer.callback_metrics['train_loss']:.3f}")


pl.seed_everything(0, verbose=False)  # the weights' initialisation and the shuffling
model = MLP()
train_loader = DataLoader(TensorDataset(torch.from_numpy(X_train), torch.from_numpy(y_train)),
                          batch_size=batch_size, shuffle=True)  # a new order every epoch
test_loader = DataLoader(TensorDataset(torch.from_numpy(X_test), torch.from_numpy(y_test)), batch_size=256)

with tempfile.TemporaryDirectory() as tmp:  # whatever the Trainer writes goes here
    trainer = pl.Trainer(
        max_epochs=epochs,
        accelerator="cpu",  # accelerator="auto" picks a GPU (or TPU, MPS) when there is one
        devices=1,
        logger=False,  # no TensorBoard/CSV logs
        enable_checkpointing=False,  # no checkpoint files
        enable_progress_bar=False,
        enable_model_summary=False,
        default_root_dir=tmp,
        callbacks=[PrintLoss()],
    )
    trainer.fit(model, train_dataloaders=train_loader)
    (metrics,) = trainer.test(model, dataloaders=test_loader, verbose=False)

acc = metrics["test_acc"]  # on the 256 held-out points
print(f"held-out accuracy: {acc:.3f} after {trainer.global_step} steps")
assert trainer.current_epoch == epochs and trainer.global_step == epochs * len(X_train) // batch_size
assert acc > 0.85
print("RESULT", json.dumps({"lr": lr, "eps": eps, "epochs": epochs, "batch_size": batch_size,
                            "train_samples": len(X_train), "test_samples": len(X_test),
                            "test_accuracy": round(float(acc), 3)}))
