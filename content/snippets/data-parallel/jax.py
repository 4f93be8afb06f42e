import json
import os

# Pretend the CPU is 2 devices; this must be set before jax is imported. On a machine with
# several GPUs, leave it out: jax.devices() lists them and the code below uses them all.
os.environ["XLA_FLAGS"] = "--xla_force_host_platform_device_count=2"

import jax
import jax.numpy as jnp
import numpy as np
import optax
from flax import nnx
from jax.sharding import Mesh, NamedSharding, PartitionSpec as P


class MLP(nnx.Module):
    def __init__(self, rngs: nnx.Rngs):
        self.fc1 = nnx.Linear(20, 64, rngs=rngs)
        self.fc2 = nnx.Linear(64, 64, rngs=rngs)
        self.out = nnx.Linear(64, 3, rngs=rngs)

    def __call__(self, x):
        return self.out(nnx.relu(self.fc2(nnx.relu(self.fc1(x)))))


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
    model = MLP(nnx.Rngs(0))
    for layer, (W, b) in zip([model.fc1, model.fc2, model.out], weights):  # kernels are (in, out)
        layer.kernel[...] = jnp.asarray(W)
        layer.bias[...] = jnp.asarray(b)
    return model, nnx.Optimizer(model, optax.adam(lr, eps=eps), wrt=nnx.Param)


def loss_of(m, x, y):
    return optax.softmax_cross_entropy_with_integer_labels(m(x), y).mean()


@nnx.jit
def train_step(model, optimizer, x, y):
    optimizer.update(model, nnx.grad(loss_of)(model, x, y))


mesh = Mesh(jax.devices(), axis_names=("data",))
batch_sharding = NamedSharding(mesh, P("data"))  # split rows across the "data" axis
replicated = NamedSharding(mesh, P())  # a full copy on every device

model, optimizer = make_model()
nnx.update((model, optimizer), jax.device_put(nnx.state((model, optimizer)), replicated))
single_model, single_opt = make_model()  # same start, trained on one device for comparison
single_state = jax.device_put(nnx.state((single_model, single_opt)), jax.devices()[0])
nnx.update((single_model, single_opt), single_state)

steps = 0
for i in range(0, len(X), global_batch):
    xb, yb = jax.device_put((X[i : i + global_batch], y[i : i + global_batch]), batch_sharding)
    # jit sees sharded inputs and inserts the all-reduce that averages the gradients.
    train_step(model, optimizer, xb, yb)
    train_step(single_model, single_opt, X[i : i + global_batch], y[i : i + global_batch])
    steps += 1

kernel = model.fc1.kernel[...]
replicas = len(kernel.devices())
rows = [s.data.shape[0] for s in xb.addressable_shards]
in_sync = kernel.sharding.is_fully_replicated  # one logical array, a copy per device
final_loss = float(loss_of(model, X, y))
max_diff = float(np.abs(np.asarray(model(X)) - np.asarray(single_model(X))).max())
print(f"{replicas} replicas, rows per device {rows}, replicas in sync: {in_sync}")
print(f"after {steps} steps: loss {final_loss:.4f}; largest difference from one-device training {max_diff:.1e}")
# Fails on one device: the spec needs two replicas that each saw half of every batch.
assert replicas == 2 and rows == [32, 32] and in_sync and max_diff < 1e-5 and steps == 8
print("RESULT", json.dumps({"replicas": replicas, "rows_per_device": rows, "replicas_in_sync": bool(in_sync),
                            "steps": steps, "final_loss": round(final_loss, 4),
                            "max_diff_vs_one_device": round(max_diff, 6)}))
