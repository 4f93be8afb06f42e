import json

import numpy as np
import paddle
import paddle.distributed as dist
from paddle import nn
from paddle.io import DataLoader, DistributedBatchSampler, TensorDataset

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
    for layer, (W, b) in zip([m for m in model if isinstance(m, nn.Linear)], weights):
        layer.weight.set_value(W)  # Paddle's Linear stores (in, out), like the spec
        layer.bias.set_value(b)
    return model


def train(model, loader):
    optimizer = paddle.optimizer.Adam(learning_rate=lr, epsilon=eps, parameters=model.parameters())
    steps = 0
    for xb, yb in loader:
        nn.functional.cross_entropy(model(xb), yb).backward()
        optimizer.step()
        optimizer.clear_grad()
        steps += 1
    return steps, len(xb)


def worker():
    paddle.device.set_device("cpu")
    # One process per replica; spawn(backend="gloo") makes the CPU collectives (NCCL on GPUs,
    # where each process also takes its own card).
    dist.init_parallel_env()
    rank = dist.get_rank()
    dataset = TensorDataset([paddle.to_tensor(X), paddle.to_tensor(y)])
    mlp = make_model()
    model = paddle.DataParallel(mlp)  # backward() now averages the gradients across processes
    # Of every 64 consecutive rows, rank 0 takes the first 32 and rank 1 the next 32: each
    # global batch is the same 64 rows as on one device.
    sampler = DistributedBatchSampler(dataset, batch_size=global_batch // WORLD_SIZE, shuffle=False)
    steps, rows = train(model, DataLoader(dataset, batch_sampler=sampler))

    # The replicas must still hold identical weights.
    flat = paddle.concat([p.detach().flatten() for p in mlp.parameters()])
    gathered, all_rows = [], []
    dist.all_gather(gathered, flat)
    dist.all_gather_object(all_rows, rows)
    if rank == 0:
        # The same training on one device, with whole batches of 64, for comparison.
        single = make_model()
        train(single, DataLoader(dataset, batch_size=global_batch, shuffle=False))
        with paddle.no_grad():
            out = mlp(paddle.to_tensor(X))
            final_loss = nn.functional.cross_entropy(out, paddle.to_tensor(y)).item()
            max_diff = float((out - single(paddle.to_tensor(X))).abs().max())
        in_sync = bool(paddle.equal_all(gathered[0], gathered[1]))
        print(f"{dist.get_world_size()} processes, {all_rows} rows each per step, replicas in sync: {in_sync}")
        print(f"after {steps} steps: loss {final_loss:.4f}; largest difference from one-device training {max_diff:.1e}")
        assert all_rows == [32, 32] and in_sync and max_diff < 1e-5 and steps == 8
        print("RESULT", json.dumps({"replicas": dist.get_world_size(), "rows_per_device": all_rows,
                                    "replicas_in_sync": in_sync, "steps": steps,
                                    "final_loss": round(final_loss, 4), "max_diff_vs_one_device": round(max_diff, 6)}))


if __name__ == "__main__":
    dist.spawn(worker, nprocs=WORLD_SIZE, backend="gloo")
