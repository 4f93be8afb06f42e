# tinygrad compiles kernels for the CPU with clang, which must be installed.
import json

import numpy as np
from tinygrad import Context, Tensor, nn

# The spec's data and starting weights, from NumPy: the first 512 rows of the training-loop
# recipe in order, as 8 global batches of 64, and the weights of "Define an MLP".
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
lr, eps, batch_size = 1e-3, 1e-8, 64
# Two instances of the CPU device stand in for two GPUs: on a machine with two, ("CUDA:0", "CUDA:1").
devices = ("CPU:0", "CPU:1")


def make_model():
    layers = [nn.Linear(20, 64), nn.Linear(64, 64), nn.Linear(64, 3)]
    for layer, (W, b) in zip(layers, weights):
        layer.weight, layer.bias = Tensor(np.ascontiguousarray(W.T)), Tensor(b)  # stored (out, in)
    return layers


def forward(layers, x):
    return x.sequential([layers[0], Tensor.relu, layers[1], Tensor.relu, layers[2]])


def train(layers, shard):
    params = nn.state.get_parameters(layers)
    if shard:
        # shard_ with no axis replicates: every device holds a full copy of each weight.
        for p in params:
            p.shard_(devices)
    opt = nn.optim.Adam(params, lr=lr, eps=eps)
    rows, steps = None, 0
    with Context(TRAINING=1):  # the optimizer only steps in training mode
        for i in range(0, len(X), batch_size):
            xb, yb = Tensor(X[i : i + batch_size]), Tensor(y[i : i + batch_size])
            if shard:  # split the global batch along axis 0: 32 rows on each device
                xb, yb = xb.shard(devices, axis=0), yb.shard(devices, axis=0)
                rows = [xb.uop.shard_shape[0]] * len(devices)
            opt.zero_grad()
            # The loss is the mean over the global batch, so the gradient of each replicated
            # weight already sums both devices' parts: tinygrad inserts the all-reduce itself.
            forward(layers, xb).sparse_categorical_crossentropy(yb).backward()
            opt.step()
            steps += 1
    return rows, steps


parallel = make_model()
rows, steps = train(parallel, shard=True)
# Each replicated weight is one buffer per device; after training all copies must be equal.
copies = [[np.frombuffer(b.as_memoryview(), dtype=np.float32).copy() for b in p.uop.base.buffer.bufs]
          for p in nn.state.get_parameters(parallel)]
replicas = len(copies[0])
in_sync = all(np.array_equal(c[0], other) for c in copies for other in c[1:])

single = make_model()  # the same training on one device, for comparison
train(single, shard=False)
Xt, yt = Tensor(X), Tensor(y)
final_loss = forward(parallel, Xt.shard(devices, axis=0)).sparse_categorical_crossentropy(yt.shard(devices, axis=0)).item()
max_diff = float(np.abs(forward(parallel, Xt.shard(devices, axis=0)).numpy() - forward(single, Xt).numpy()).max())
print(f"{replicas} replicas on {devices}, {rows} rows each per step, in sync: {in_sync}")
print(f"after {steps} steps: loss {final_loss:.4f}; largest difference from one-device training {max_diff:.1e}")
assert replicas == 2 and rows == [32, 32] and in_sync and max_diff < 1e-5 and steps == 8
print("RESULT", json.dumps({"replicas": replicas, "rows_per_device": rows, "replicas_in_sync": bool(in_sync),
                            "steps": steps, "final_loss": round(final_loss, 4),
                            "max_diff_vs_one_device": round(max_diff, 6)}))
