import json
import socket

import numpy as np
import torch
import torch.distributed as dist
import torch.multiprocessing as mp
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP
from torch.utils.data import DataLoader, DistributedSampler, TensorDataset

WORLD_SIZE = 2
# The spec's data and starting weights, from NumPy: the first 512 rows of the training-loop
# recipe in order as 8 global batches of 64, and the weights of "Define an MLP".
rng = np.random.default_rng(0)
X = rng.standard_normal((1280, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
X, y = X[:512], y[:512]
wrng = np.random.default_rng(0)
wrng.standard_normal((8, 20), dtype=np.float32)  # (define-mlp's input: skipped, weights follow)
weights = [
    (wrng.standard_normal((n_in, n_out), dtype=np.float32) / n_in**0.5,
     0.1 * wrng.standard_normal(n_out, dtype=np.float32))
    for n_in, n_out in [(20, 64), (64, 64), (64, 3)]
]
lr, eps, global_batch = 1e-3, 1e-8, 64


def make_model():
    model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 3))
    with torch.no_grad():  # the spec's weights; nn.Linear stores (out, in): transpose
        for layer, (W, b) in zip([m for m in model if isinstance(m, nn.Linear)], weights):
            layer.weight.copy_(torch.from_numpy(W.T))
            layer.bias.copy_(torch.from_numpy(b))
    return model


def train(model, loader):
    optimizer = torch.optim.Adam(model.parameters(), lr=lr, eps=eps)
    steps = 0
    for xb, yb in loader:
        optimizer.zero_grad()
        nn.functional.cross_entropy(model(xb), yb).backward()
        optimizer.step()
        steps += 1
    return steps, len(xb)


def worker(rank, port):
    # Each process is one replica; gloo is the CPU backend for collectives (NCCL on GPUs,
    # with each rank on its own device: torch.cuda.set_device(rank)). This site runs on a CPU.
    dist.init_process_group(
        "gloo", init_method=f"tcp://127.0.0.1:{port}", rank=rank, world_size=WORLD_SIZE
    )
    dataset = TensorDataset(torch.from_numpy(X), torch.from_numpy(y))
    mlp = make_model()
    model = DDP(mlp)  # wraps the replica; backward() now averages gradients across ranks
    # The sampler gives each rank its share of every global batch: rank r takes rows r, r + 2, …
    # so a global batch of 64 is 32 rows per process, the same 64 rows as on one device.
    sampler = DistributedSampler(dataset, shuffle=False)
    steps, rows = train(model, DataLoader(dataset, batch_size=global_batch // WORLD_SIZE, sampler=sampler))

    # The replicas must still hold identical weights.
    flat = torch.cat([p.detach().flatten() for p in model.parameters()])
    gathered = [torch.empty_like(flat) for _ in range(WORLD_SIZE)]
    dist.all_gather(gathered, flat)
    all_rows = [None] * WORLD_SIZE
    dist.all_gather_object(all_rows, rows)
    if rank == 0:
        # The same training on one device, with whole batches of 64, for comparison.
        single = make_model()
        train(single, DataLoader(dataset, batch_size=global_batch))
        with torch.inference_mode():
            out = mlp(dataset.tensors[0])
            final_loss = nn.functional.cross_entropy(out, dataset.tensors[1]).item()
            max_diff = (out - single(dataset.tensors[0])).abs().max().item()
        report(dist.get_world_size(), all_rows, torch.equal(gathered[0], gathered[1]), steps, final_loss, max_diff)
    dist.destroy_process_group()


def report(replicas, rows, in_sync, steps, final_loss, max_diff):
    print(f"{replicas} replicas, rows per device {rows}, replicas in sync: {in_sync}")
    print(f"after {steps} steps: loss {final_loss:.4f}; largest difference from one-device training {max_diff:.1e}")
    # Fails on one device: the spec needs two replicas that each saw half of every batch.
    assert replicas == 2 and rows == [32, 32] and in_sync and max_diff < 1e-5 and steps == 8
    print("RESULT", json.dumps({"replicas": replicas, "rows_per_device": rows, "replicas_in_sync": bool(in_sync),
                                "steps": steps, "final_loss": round(final_loss, 4),
                                "max_diff_vs_one_device": round(max_diff, 6)}))


if __name__ == "__main__":
    with socket.socket() as s:  # ask the OS for a free port
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    mp.spawn(worker, args=(port,), nprocs=WORLD_SIZE)
