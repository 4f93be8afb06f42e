import json

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


model = MLP(nnx.Rngs(0))
# The spec's weights (those of "Define an MLP", standing in for trained ones) and 10 000 rows
# to predict, all from NumPy: every framework must give the same predictions.
rng = np.random.default_rng(0)
rng.standard_normal((8, 20), dtype=np.float32)  # (define-mlp's input: skipped, weights follow)
weights = [  # (W as (in, out), b) for each layer
    (rng.standard_normal((n_in, n_out), dtype=np.float32) / n_in**0.5,
     0.1 * rng.standard_normal(n_out, dtype=np.float32))
    for n_in, n_out in [(20, 64), (64, 64), (64, 3)]
]
X_big = np.random.default_rng(1).standard_normal((10_000, 20), dtype=np.float32)
batch_size = 1024  # 9 full batches and a last one of 784 rows
for layer, (W, b) in zip([model.fc1, model.fc2, model.out], weights):  # kernels are (in, out)
    layer.kernel[...] = jnp.asarray(W)
    layer.bias[...] = jnp.asarray(b)
model.eval()  # inference mode: switches Dropout/BatchNorm layers, if any, to eval behaviour


# No gradients are tracked: JAX only differentiates when you ask for nnx.grad.
@nnx.jit
def predict(model, x):
    return model(x)


outputs, sizes = [], []
for start in range(0, len(X_big), batch_size):
    batch = X_big[start : start + batch_size]
    n = len(batch)
    # Pad the last, short batch so every call has the same shape and jit compiles once.
    batch = np.pad(batch, ((0, batch_size - n), (0, 0)))
    outputs.append(np.asarray(predict(model, batch))[:n])
    sizes.append(n)
logits = np.concatenate(outputs)
max_diff = float(np.abs(logits - np.asarray(predict(model, X_big))).max())  # one pass, to compare
labels = logits.argmax(axis=1)
print(f"{len(sizes)} batches ({sizes[0]} … {sizes[-1]} rows), {len(labels)} predictions, "
      f"class counts {np.bincount(labels, minlength=3).tolist()}; largest difference from one pass {max_diff:.1e}")
assert logits.shape == (10_000, 3) and sizes[-1] == 784 and max_diff < 1e-5
print("RESULT", json.dumps({"rows": len(labels), "batches": len(sizes), "last_batch": sizes[-1],
                            "class_counts": np.bincount(labels, minlength=3).tolist(),
                            "logits_sum": round(float(logits.sum()), 2),
                            "max_diff_vs_one_pass": round(max_diff, 6)}))
