import jax.numpy as jnp
import numpy as np
from flax import nnx


class MLP(nnx.Module):
    def __init__(self, rngs: nnx.Rngs):
        self.fc1 = nnx.Linear(20, 64, rngs=rngs)
        self.fc2 = nnx.Linear(64, 64, rngs=rngs)
        self.out = nnx.Linear(64, 3, rngs=rngs)

    def __call__(self, x):
        return self.out(nnx.relu(self.fc2(nnx.relu(self.fc1(x)))))


model = MLP(nnx.Rngs(0))  # stands in for a trained model
model.eval()  # inference mode: switches Dropout/BatchNorm layers, if any, to eval behaviour


# No gradients are tracked: JAX only differentiates when you ask for nnx.grad.
@nnx.jit
def predict(model, x):
    return jnp.argmax(model(x), axis=-1)


X = np.random.default_rng(0).standard_normal((10_000, 20), dtype=np.float32)
batch_size = 256

preds = []
for start in range(0, len(X), batch_size):
    batch = X[start : start + batch_size]
    n = len(batch)
    # Pad the last, short batch so every call has the same shape and jit compiles once.
    batch = np.pad(batch, ((0, batch_size - n), (0, 0)))
    preds.append(np.asarray(predict(model, batch))[:n])
preds = np.concatenate(preds)

print(f"{len(preds)} predictions, class counts {np.bincount(preds, minlength=3)}")
assert preds.shape == (len(X),)
assert np.array_equal(preds, predict(model, X))  # same as one pass over the whole array
