import numpy as np
import optax
from flax import nnx

# JAX has no data loader of its own: plain NumPy batches are the usual way to feed
# in-memory arrays (Grain, grain.MapDataset / grain.DataLoader, does this at scale).
rng = np.random.default_rng(0)
X = rng.standard_normal((1024, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)


def batches(X, y, batch_size, *, seed, epoch):
    order = np.random.default_rng([seed, epoch]).permutation(len(X))  # new order each epoch
    # Dropping the ragged tail keeps shapes fixed, so the jitted step compiles once.
    for start in range(0, len(X) - batch_size + 1, batch_size):
        idx = order[start : start + batch_size]
        yield X[idx], y[idx]


model = nnx.Linear(20, 3, rngs=nnx.Rngs(0))
optimizer = nnx.Optimizer(model, optax.adam(1e-2), wrt=nnx.Param)


@nnx.jit
def train_step(model, optimizer, xb, yb):
    loss_fn = lambda m: optax.softmax_cross_entropy_with_integer_labels(m(xb), yb).mean()
    loss, grads = nnx.value_and_grad(loss_fn)(model)
    optimizer.update(model, grads)
    return loss


first_batches = []
for epoch in range(3):
    for step, (xb, yb) in enumerate(batches(X, y, 64, seed=42, epoch=epoch)):
        loss = train_step(model, optimizer, xb, yb)  # NumPy batches are copied to the device
        if step == 0:
            first_batches.append(xb)
print(f"3 epochs of {step + 1} batches, final loss {loss:.3f}")

seen = np.concatenate([xb[:, 0] for xb, _ in batches(X, y, 64, seed=42, epoch=0)])
assert np.array_equal(np.sort(seen), np.sort(X[:, 0]))  # every row exactly once per epoch
assert not np.array_equal(first_batches[0], first_batches[1])  # reshuffled between epochs
