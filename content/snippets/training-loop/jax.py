import jax.numpy as jnp
import numpy as np
import optax
from flax import nnx

# Data is made and shuffled on the host with NumPy; only batches go to the device.
rng = np.random.default_rng(0)
X = rng.standard_normal((1280, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
X_train, y_train, X_test, y_test = X[:1024], y[:1024], X[1024:], y[1024:]


class MLP(nnx.Module):
    def __init__(self, rngs: nnx.Rngs):
        self.fc1 = nnx.Linear(20, 64, rngs=rngs)
        self.fc2 = nnx.Linear(64, 64, rngs=rngs)
        self.out = nnx.Linear(64, 3, rngs=rngs)

    def __call__(self, x):
        return self.out(nnx.relu(self.fc2(nnx.relu(self.fc1(x)))))


model = MLP(nnx.Rngs(0))
optimizer = nnx.Optimizer(model, optax.adam(1e-2), wrt=nnx.Param)


@nnx.jit  # updates to model and optimizer inside are written back in place
def train_step(model, optimizer, xb, yb):
    def loss_fn(model):
        logits = model(xb)
        return optax.softmax_cross_entropy_with_integer_labels(logits, yb).mean()

    loss, grads = nnx.value_and_grad(loss_fn)(model)
    optimizer.update(model, grads)
    return loss


@nnx.jit
def accuracy(model, xb, yb):
    return jnp.mean(jnp.argmax(model(xb), axis=1) == yb)


batch_size = 64
for epoch in range(10):
    perm = rng.permutation(len(X_train))
    for i in range(0, len(X_train), batch_size):
        idx = perm[i : i + batch_size]
        loss = train_step(model, optimizer, X_train[idx], y_train[idx])

acc = accuracy(model, X_test, y_test)
print(f"final batch loss: {loss:.3f}, test accuracy: {acc:.2f}")
assert acc > 0.9
