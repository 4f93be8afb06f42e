import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import mindspore as ms
import numpy as np
from mindspore import nn, ops
from mindspore.communication import get_group_size, get_rank, init

WORLD_SIZE = 2
# The spec's data and starting weights, from NumPy: the first 512 rows of the training-loop
# recipe in order as 8 global batches of 64, and the weights of "Define an MLP".
rng = np.random.default_rng(0)
X = rng.standard_normal((1280, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1).astype(np.int32)
X, y = X[:512], y[:512]
wrng = np.random.default_rng(0)
wrng.standard_normal((8, 20), dtype=np.float32)  # (define-mlp's input: skipped, weights follow)
weights = [
    (wrng.standard_normal((n_in, n_out), dtype=np.float32) / n_in**0.5,
     0.1 * wrng.standard_normal(n_out, dtype=np.float32))
    for n_in, n_out in [(20, 64), (64, 64), (64, 3)]
]
lr, eps, global_batch = 1e-3, 1e-8, 64
loss_fn = nn.CrossEntropyLoss()


def make_model():
    model = nn.SequentialCell(nn.Dense(20, 64), nn.ReLU(), nn.Dense(64, 64), nn.ReLU(), nn.Dense(64, 3))
    for layer, (W, b) in zip([c for c in model if isinstance(c, nn.Dense)], weights):
        layer.weight.set_data(ms.Tensor(np.ascontiguousarray(W.T)))  # Dense stores (out, in)
        layer.bias.set_data(ms.Tensor(b))
    return model


def train(model, batches, reducer=None):
    optimizer = nn.Adam(model.trainable_params(), learning_rate=lr, eps=eps)

    def forward(xb, yb):
        return loss_fn(model(xb), yb)

    grad_fn = ms.value_and_grad(forward, None, optimizer.parameters)
    steps = 0
    for xb, yb in batches:
        _, grads = grad_fn(ms.Tensor(xb), ms.Tensor(yb))
        if reducer is not None:
            grads = reducer(grads)  # all-reduce: the mean of every replica's gradients
        optimizer(grads)
        steps += 1
    return steps, len(xb)


def worker():
    ms.set_device("CPU")
    init()  # joins the cluster msrun started (on GPUs the collectives use NCCL, on Ascend HCCL)
    rank, world = get_rank(), get_group_size()
    # Of every 64 consecutive rows, rank 0 takes the first 32 and rank 1 the next 32: each
    # global batch is the same 64 rows as on one device.
    local = global_batch // world
    mine = [(X[i + rank * local : i + (rank + 1) * local], y[i + rank * local : i + (rank + 1) * local])
            for i in range(0, len(X), global_batch)]
    model = make_model()
    steps, rows = train(model, mine, nn.DistributedGradReducer(model.trainable_params(), mean=True))

    # The replicas must still hold identical weights: gather every rank's flattened weights.
    flat = ops.cat([p.reshape(-1) for p in model.trainable_params()])
    gathered = ops.AllGather()(flat).reshape(world, -1).asnumpy()
    all_rows = ops.AllGather()(ms.Tensor([rows], ms.int32)).asnumpy().tolist()  # [32, 32]
    if rank == 0:
        single = make_model()  # the same training on one device, with whole batches of 64
        train(single, [(X[i : i + global_batch], y[i : i + global_batch]) for i in range(0, len(X), global_batch)])
        out = model(ms.Tensor(X))
        final_loss = loss_fn(out, ms.Tensor(y)).item()
        max_diff = float(np.abs(out.asnumpy() - single(ms.Tensor(X)).asnumpy()).max())
        in_sync = bool(np.array_equal(gathered[0], gathered[1]))
        report = {"replicas": world, "rows_per_device": all_rows, "replicas_in_sync": in_sync, "steps": steps,
                  "final_loss": round(final_loss, 4), "max_diff_vs_one_device": round(max_diff, 6)}
        Path(os.environ["ATLAS_REPORT"]).write_text(json.dumps(report))


if __name__ == "__main__":
    if "MS_ROLE" in os.environ:  # started by msrun as one of the workers
        worker()
    else:
        # msrun (MindSpore's launcher) starts a scheduler and WORLD_SIZE worker processes on this
        # machine; each runs this file again. On several machines: --worker_num counts them all.
        with tempfile.TemporaryDirectory() as tmp:
            report = Path(tmp) / "report.json"
            # GLOG_v=3: MindSpore logs errors only. PYTHONSAFEPATH: a file named mindspore.py must
            # not shadow the package when msrun starts it.
            # msrun starts each worker with the `python` found on PATH: put this one's first.
            bin_dir = Path(sys.executable).parent
            env = {**os.environ, "ATLAS_REPORT": str(report), "GLOG_v": "3", "PYTHONSAFEPATH": "1",
                   "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
            subprocess.run([str(bin_dir / "msrun"), f"--worker_num={WORLD_SIZE}", f"--local_worker_num={WORLD_SIZE}",
                            f"--log_dir={tmp}/logs", "--join=True", __file__], env=env, check=True,
                           stdout=subprocess.DEVNULL)
            r = json.loads(report.read_text())
        print(f"{r['replicas']} processes, {r['rows_per_device']} rows each per step, "
              f"replicas in sync: {r['replicas_in_sync']}")
        print(f"after {r['steps']} steps: loss {r['final_loss']:.4f}; "
              f"largest difference from one-device training {r['max_diff_vs_one_device']:.1e}")
        assert r["rows_per_device"] == [32, 32] and r["replicas_in_sync"]
        assert r["max_diff_vs_one_device"] < 1e-5 and r["steps"] == 8
        print("RESULT", json.dumps(r))
