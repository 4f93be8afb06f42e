import json
import tempfile
from pathlib import Path

import numpy as np
import pytorch_lightning as pl
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

# The spec's data: 256 NumPy rows, trained on as one batch (one step per epoch).
rng = np.random.default_rng(0)
X = rng.standard_normal((256, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
lr, eps, steps = 1e-3, 1e-8, 20
X, y = torch.from_numpy(X), torch.from_numpy(y)
loader = DataLoader(TensorDataset(X, y), batch_size=256)


class MLP(pl.LightningModule):
    def __init__(self, lr=1e-3, eps=1e-8):
        super().__init__()
        self.save_hyperparameters()  # kept in the checkpoint: load_from_checkpoint rebuilds the model
        self.layers = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 3))

    def forward(self, x):
        return self.layers(x)

    def training_step(self, batch, batch_idx):
        xb, yb = batch
        return nn.functional.cross_entropy(self(xb), yb)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.hparams.lr, eps=self.hparams.eps)


def outputs(model):
    with torch.no_grad():
        return model(X).clone()


class SaveAt(pl.Callback):
    """Saves a full checkpoint once `at` steps are done, and notes the model's outputs then."""

    def __init__(self, at, path):
        self.at, self.path = at, path

    def on_train_epoch_end(self, trainer, module):
        if trainer.global_step == self.at:
            trainer.save_checkpoint(self.path)  # weights, optimizer state, loop counters, hparams
            self.outputs = outputs(module)


class OnResume(pl.Callback):
    """Looks at the model and optimizer as fit() starts, after ckpt_path was restored."""

    def on_train_start(self, trainer, module):
        self.step = trainer.global_step
        self.adam_step = int(trainer.optimizers[0].state_dict()["state"][0]["step"])
        self.outputs = outputs(module)


def make_trainer(tmp, callback):
    # CPU here; accelerator="auto" would pick a GPU when there is one.
    return pl.Trainer(max_steps=steps + 1, accelerator="cpu", devices=1, logger=False,
                      enable_checkpointing=False, enable_progress_bar=False,
                      enable_model_summary=False, default_root_dir=tmp, callbacks=[callback])


with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "mlp.ckpt"
    # The first model trains 20 steps, is saved, and goes on for one more step with its live
    # optimizer.
    pl.seed_everything(0, verbose=False)
    model, saver = MLP(lr, eps), SaveAt(steps, path)
    make_trainer(tmp, saver).fit(model, loader)

    # A fresh model with other weights; fit(ckpt_path=...) restores its weights, Adam's moments
    # and step count and the loop's position (step 20), then trains the remaining step.
    # weights_only=True loads tensors and plain containers only, never arbitrary pickled code.
    pl.seed_everything(1, verbose=False)
    fresh, resume = MLP(lr, eps), OnResume()
    differs_before = not torch.equal(outputs(fresh), saver.outputs)
    make_trainer(tmp, resume).fit(fresh, loader, ckpt_path=path, weights_only=True)

    # For inference only: the class rebuilds itself from the saved hparams and weights.
    inference = MLP.load_from_checkpoint(path, map_location="cpu", weights_only=True)

equal_after_restore = torch.equal(resume.outputs, saver.outputs) and torch.equal(outputs(inference), saver.outputs)
equal_after_step = torch.equal(outputs(fresh), outputs(model))  # both took step 21
print(f"restored at step {resume.step} (Adam step {resume.adam_step}): outputs match {equal_after_restore}, "
      f"also after one more step {equal_after_step}")
assert differs_before and equal_after_restore and equal_after_step and resume.adam_step == resume.step == steps
print("RESULT", json.dumps({"steps_before_save": steps, "restored_step": resume.adam_step,
                            "differs_before_restore": bool(differs_before), "outputs_equal": bool(equal_after_restore),
                            "equal_after_one_more_step": bool(equal_after_step)}))
