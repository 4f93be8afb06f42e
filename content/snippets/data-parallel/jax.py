import os

# Pretend the CPU is 2 devices; this must be set before jax is imported.
os.environ["XLA_FLAGS"] = "--xla_force_host_platform_device_count=2"

import jax
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


@nnx.jit
def train_step(model, optimizer, x, y):
    loss_fn = lambda m: optax.softmax_cross_entropy_with_integer_labels(m(x), y).mean()
    loss, grads = nnx.value_and_grad(loss_fn)(model)
    optimizer.update(model, grads)
    return loss


mesh = Mesh(jax.devices(), axis_names=("data",))
batch_sharding = NamedSharding(mesh, P("data"))  # split rows across the "data" axis
replicated = NamedSharding(mesh, P())            # a full copy on every device

rng = np.random.default_rng(0)
X = rng.standard_normal((1024, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)

model = MLP(nnx.Rngs(0))
optimizer = nnx.Optimizer(model, optax.adam(1e-3), wrt=nnx.Param)
state = nnx.state((model, optimizer))
nnx.update((model, optimizer), jax.device_put(state, replicated))

single_model = MLP(nnx.Rngs(0))  # same start, trained on one device for comparison
single_opt = nnx.Optimizer(single_model, optax.adam(1e-3), wrt=nnx.Param)

for i in range(0, 1024, 64):
    xb, yb = jax.device_put((X[i : i + 64], y[i : i + 64]), batch_sharding)
    # jit sees sharded inputs and inserts the all-reduce that averages the gradients.
    loss = train_step(model, optimizer, xb, yb)
    train_step(single_model, single_opt, X[i : i + 64], y[i : i + 64])

kernel = model.fc1.kernel[...]
print(f"devices {jax.devices()}, batch shards {[s.data.shape for s in xb.addressable_shards]}")
print(f"loss {loss:.3f}, weights on {len(kernel.devices())} devices")
assert kernel.sharding.is_fully_replicated
assert np.allclose(kernel, single_model.fc1.kernel[...], atol=1e-5)
