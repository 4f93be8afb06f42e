import json

import jax.numpy as jnp
import numpy as np
import optax
from flax import nnx

# Data is made and shuffled on the host with NumPy; only batches go to the device.
# The spec's data, one NumPy recipe for every framework: 1 280 points, the first 1 024 to train
# on, the last 256 held out; the label is the arg-max of a fixed random linear map.
rng = np.random.default_rng(0)
X = rng.standard_normal((1280, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
X_train, y_train, X_test, y_test = X[:1024], y[:1024], X[1024:], y[1024:]
lr, eps, epochs, batch_size = 1e-3, 1e-8, 10, 64


class MLP(nnx.Module):
    def __init__(self, rngs: nnx.Rngs):
        self.fc1 = nnx.Linear(20, 64, rngs=rngs)
        self.fc2 = nnx.Linear(64, 64, rngs=rngs)
        self.out = nnx.Linear(64, 3, rngs=rngs)

    def __call__(self, x):
        return self.out(nnx.relu(self.fc2(nnx.relu(self.fc1(x)))))


model = MLP(nnx.Rngs(0))
optimizer = nnx.Optimizer(model, optax.adam(lr, b1=0.9, b2=0.999, eps=eps), wrt=nnx.Param)


@nnx.jit  # updates to model and optimizer inside are written back in place
def train_step(model, optimizer, xb, yb):
    def loss_fn(model):
        logits = model(xb)
        return optax.softmax_cross_entropy_with_integer_labels(logits, yb).mean()

    loss, grads = nnx.value_and_grad(loss_fn)(model)
    optimizer.update(model, grads)
    return loss


for epoch in range(epochs):
    perm = rng.permutation(len(X_train))  # a new order every epoch
    total = 0.0
    for i in range(0, len(X_train), batch_size):
        idx = perm[i : i + batch_size]
        total += float(train_step(model, optimizer, X_train[idx], y_train[idx])) * len(idx)
    if epoch % 3 == 0 or epoch == epochs - 1:
        print(f"epoch {epoch}: loss {total / len(X_train):.3f}")

acc = jnp.mean(jnp.argmax(model(X_test), axis=1) == y_test)  # on the 256 held-out points
print(f"held-out accuracy: {acc:.3f}")
assert acc > 0.85
print("RESULT", json.dumps({"lr": lr, "eps": eps, "epochs": epochs, "batch_size": batch_size,
                            "train_samples": len(X_train), "test_samples": len(X_test),
                            "test_accuracy": round(float(acc), 3)}))
