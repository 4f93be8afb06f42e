import json
import tempfile

import numpy as np
import pytorch_lightning as pl
import torch
from pytorch_lightning.strategies import DDPStrategy
from torch import nn
from torch.utils.data import DataLoader, DistributedSampler, TensorDataset

WORLD_SIZE = 2
# The spec's data and starting weights, from NumPy: the first 512 rows of the training-loop
# recipe in order as 8 global batches of 64, and the weights of "Define an MLP".
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
lr, eps, global_batch = 1e-3, 1e-8, 64


def make_mlp():
    mlp = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 3))
    with torch.no_grad():  # the spec's weights; nn.Linear stores (out, in): transpose
        for layer, (W, b) in zip([m for m in mlp if isinstance(m, nn.Linear)], weights):
            layer.weight.copy_(torch.from_numpy(W.T))
            layer.bias.copy_(torch.from_numpy(b))
    return mlp


class MLP(pl.LightningModule):
    def __init__(self):
        super().__init__()
        self.layers = make_mlp()
        self.rows = []

    def forward(self, x):
        return self.layers(x)

    def training_step(self, batch, batch_idx):
        xb, yb = batch
        self.rows.append(len(xb))  # this process's share of the global batch
        return nn.functional.cross_entropy(self(xb), yb)

    def on_train_end(self):
        # Collectives across the processes: every replica's weights and batch size.
        flat = torch.cat([p.detach().flatten() for p in self.parameters()])
        self.all_weights = self.all_gather(flat)  # shape (world size, n)
        self.all_rows = self.all_gather(torch.tensor(self.rows[-1])).tolist()

    def train_dataloader(self):  # called in each process, once the process group exists
        # Each process gets batch_size rows per step from its own sampler: rank r takes rows r,
        # r + 2, … in order, so a global batch of 64 is 32 rows per process, the same 64 rows as
        # on one device. (The sampler the Trainer inserts by itself always shuffles training
        # data; use_distributed_sampler=False below turns it off for this one.)
        dataset = TensorDataset(X, y)
        sampler = DistributedSampler(dataset, num_replicas=self.trainer.world_size,
                                     rank=self.global_rank, shuffle=False)
        return DataLoader(dataset, batch_size=global_batch // self.trainer.world_size, sampler=sampler)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=lr, eps=eps)


def train_one_device():  # the same training on one device, whole batches of 64, for comparison
    mlp = make_mlp()
    optimizer = torch.optim.Adam(mlp.parameters(), lr=lr, eps=eps)
    for xb, yb in DataLoader(TensorDataset(X, y), batch_size=global_batch):
        optimizer.zero_grad()
        nn.functional.cross_entropy(mlp(xb), yb).backward()
        optimizer.step()
    return mlp


if __name__ == "__main__":
    model = MLP()
    with tempfile.TemporaryDirectory() as tmp:
        # strategy "ddp" starts the second process by running this script again (hence the
        # __main__ guard); gloo is the CPU backend. On GPUs: accelerator="gpu", devices=N (NCCL).
        trainer = pl.Trainer(accelerator="cpu", devices=WORLD_SIZE,
                             strategy=DDPStrategy(process_group_backend="gloo"), max_epochs=1,
                             logger=False, enable_checkpointing=False, enable_progress_bar=False,
                             enable_model_summary=False, use_distributed_sampler=False,
                             default_root_dir=tmp)
        trainer.fit(model)

    if trainer.is_global_zero:  # both processes run on to here; one reports
        in_sync = bool(torch.equal(model.all_weights[0], model.all_weights[-1]))
        single = train_one_device()
        with torch.inference_mode():
            out = model(X)
            final_loss = nn.functional.cross_entropy(out, y).item()
            max_diff = (out - single(X)).abs().max().item()
        replicas, rows, steps = trainer.world_size, model.all_rows, trainer.global_step
        print(f"{replicas} replicas, rows per device {rows}, replicas in sync: {in_sync}")
        print(f"after {steps} steps: loss {final_loss:.4f}; largest difference from one-device training {max_diff:.1e}")
        # Fails on one device: the spec needs two replicas that each saw half of every batch.
        assert replicas == 2 and rows == [32, 32] and in_sync and max_diff < 1e-5 and steps == 8
        print("RESULT", json.dumps({"replicas": replicas, "rows_per_device": rows, "replicas_in_sync": in_sync,
                                    "steps": steps, "final_loss": round(final_loss, 4),
                                    "max_diff_vs_one_device": round(max_diff, 6)}))
