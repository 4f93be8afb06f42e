import socket

import torch
import torch.distributed as dist
import torch.multiprocessing as mp
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP
from torch.utils.data import DataLoader, DistributedSampler, TensorDataset

WORLD_SIZE = 2


def worker(rank, port):
    # Each process is one replica; gloo is the CPU backend for collectives.
    dist.init_process_group(
        "gloo", init_method=f"tcp://127.0.0.1:{port}", rank=rank, world_size=WORLD_SIZE
    )
    torch.manual_seed(0)  # same data on both ranks; DDP also broadcasts rank 0's weights
    W = torch.randn(20, 3)
    X = torch.randn(1024, 20)
    y = (X @ W).argmax(1)

    mlp = nn.Sequential(
        nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 3)
    )
    model = DDP(mlp)  # wraps the replica; backward() now averages gradients across ranks
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    # The sampler gives each rank its own half of every shuffled epoch:
    # a global batch of 64 is 32 rows per process.
    dataset = TensorDataset(X, y)
    sampler = DistributedSampler(dataset, shuffle=True, seed=0)
    loader = DataLoader(dataset, batch_size=64 // WORLD_SIZE, sampler=sampler)

    for epoch in range(3):
        sampler.set_epoch(epoch)  # a different shuffle each epoch
        for xb, yb in loader:
            optimizer.zero_grad()
            nn.functional.cross_entropy(model(xb), yb).backward()
            optimizer.step()

    # The replicas must still hold identical weights.
    flat = torch.cat([p.detach().flatten() for p in model.parameters()])
    gathered = [torch.empty_like(flat) for _ in range(WORLD_SIZE)]
    dist.all_gather(gathered, flat)
    assert torch.equal(gathered[0], gathered[1])
    if rank == 0:
        with torch.inference_mode():
            acc = (mlp(X).argmax(1) == y).float().mean().item()
        print(f"{WORLD_SIZE} processes, replicas in sync, training accuracy {acc:.2f}")
        assert acc > 0.85
    dist.destroy_process_group()


if __name__ == "__main__":
    with socket.socket() as s:  # ask the OS for a free port
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    mp.spawn(worker, args=(port,), nprocs=WORLD_SIZE)
