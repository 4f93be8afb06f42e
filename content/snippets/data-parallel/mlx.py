import json
import multiprocessing as mp
import os
import socket
import sys
import tempfile

import mlx.core as mx
import mlx.nn as nn
import mlx.optimizers as optim
import numpy as np
from mlx.utils import tree_flatten

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
    # the spec's weights; mlx.nn.Linear stores (out, in): transpose
    model.load_weights([(f"layers.{i}.{name}", mx.array(value))
                        for i, (W, b) in zip([0, 2, 4], weights)
                        for name, value in [("weight", W.T), ("bias", b)]])
    return model


def loss_fn(model, x, y):
    return nn.losses.cross_entropy(model(x), y, reduction="mean")


def train(model, batches, average=False):
    # MLX's Adam has bias_correction=False by default; the spec's Adam corrects.
    optimizer = optim.Adam(learning_rate=lr, betas=[0.9, 0.999], eps=eps, bias_correction=True)
    loss_and_grad = nn.value_and_grad(model, loss_fn)
    steps = 0
    for xb, yb in batches:
        _, grads = loss_and_grad(model, mx.array(xb), mx.array(yb))
        if average:
            # all_sum over the group, divided by its size (small arrays are sent together):
            # every replica then applies the gradient of the whole 64-row batch.
            grads = nn.average_gradients(grads)
        optimizer.update(model, grads)
        mx.eval(model.parameters(), optimizer.state)
        steps += 1
    return steps, len(xb)


def worker(rank, hostfile):
    # Each process is one replica. The "ring" backend talks TCP between the processes listed
    # in the hostfile; `mlx.launch --hosts ... script.py` writes that file and sets these two
    # variables itself (on Apple silicon over Thunderbolt, "jaccl"; on NVIDIA GPUs, "nccl").
    # This site runs two processes on one CPU.
    os.environ["MLX_HOSTFILE"], os.environ["MLX_RANK"] = hostfile, str(rank)
    group = mx.distributed.init(strict=True, backend="ring")  # strict: fail, never fall back to 1
    r, n = group.rank(), group.size()
    # Rank r takes rows r, r + 2, … of each global batch of 64: 32 rows per process.
    batches = [(X[i + r : i + global_batch : n], y[i + r : i + global_batch : n])
               for i in range(0, len(X), global_batch)]
    model = make_model()
    steps, rows = train(model, batches, average=True)

    # The replicas must still hold identical weights.
    flat = mx.concatenate([p.flatten() for _, p in tree_flatten(model.parameters())])
    gathered = mx.distributed.all_gather(flat[None])  # (replicas, parameters)
    all_rows = mx.distributed.all_gather(mx.array([rows])).tolist()
    in_sync = mx.array_equal(gathered[0], gathered[1]).item()
    if r == 0:
        # The same training in one process, with whole batches of 64, for comparison.
        single = make_model()
        train(single, [(X[i : i + global_batch], y[i : i + global_batch])
                       for i in range(0, len(X), global_batch)])
        out = model(mx.array(X))
        final_loss = nn.losses.cross_entropy(out, mx.array(y), reduction="mean").item()
        max_diff = mx.abs(out - single(mx.array(X))).max().item()
        report(n, all_rows, in_sync, steps, final_loss, max_diff)


def report(replicas, rows, in_sync, steps, final_loss, max_diff):
    print(f"{replicas} replicas, rows per device {rows}, replicas in sync: {in_sync}")
    print(f"after {steps} steps: loss {final_loss:.4f}; largest difference from one-device training {max_diff:.1e}")
    # Fails on one process: the spec needs two replicas that each saw half of every batch.
    assert replicas == 2 and rows == [32, 32] and in_sync and max_diff < 1e-5 and steps == 8
    print("RESULT", json.dumps({"replicas": replicas, "rows_per_device": rows, "replicas_in_sync": bool(in_sync),
                                "steps": steps, "final_loss": round(final_loss, 4),
                                "max_diff_vs_one_device": round(max_diff, 6)}), flush=True)


if __name__ == "__main__":
    ports = []
    for _ in range(WORLD_SIZE):  # ask the OS for free ports, one per rank
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            ports.append(s.getsockname()[1])
    with tempfile.TemporaryDirectory() as tmp:
        hostfile = os.path.join(tmp, "hosts.json")
        with open(hostfile, "w") as f:  # one list of addresses per rank
            json.dump([[f"127.0.0.1:{p}"] for p in ports], f)
        ctx = mp.get_context("spawn")  # fresh interpreters: MLX is set up before any fork
        procs = [ctx.Process(target=worker, args=(rank, hostfile)) for rank in range(WORLD_SIZE)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(timeout=120)
        codes = [p.exitcode for p in procs]
        for p in procs:
            if p.is_alive():
                p.terminate()
    if codes != [0] * WORLD_SIZE:
        sys.exit(f"a replica failed: exit codes {codes}")
