import json

import jax
import numpy as np
import optax
from flax import nnx


class CNN(nnx.Module):
    def __init__(self, rngs: nnx.Rngs):
        # Flax convolutions expect channels-last input: (batch, height, width, channels), and
        # default to 'SAME' padding: the spec's 'VALID' is explicit.
        self.conv1 = nnx.Conv(1, 8, kernel_size=(3, 3), padding="VALID", rngs=rngs)  # 28 -> 26
        self.conv2 = nnx.Conv(8, 16, kernel_size=(3, 3), padding="VALID", rngs=rngs)  # 13 -> 11
        self.head = nnx.Linear(5 * 5 * 16, 10, rngs=rngs)

    def features(self, x):
        x = nnx.max_pool(nnx.relu(self.conv1(x)), window_shape=(2, 2), strides=(2, 2))  # 26 -> 13
        x = nnx.max_pool(nnx.relu(self.conv2(x)), window_shape=(2, 2), strides=(2, 2))  # 11 -> 5
        return x.reshape(x.shape[0], -1)  # flatten: 400 features

    def __call__(self, x):
        return self.head(self.features(x))


# The spec's data: 32 random greyscale images, channels-last, with random labels (one fixed
# batch, so the check is that the wiring learns: the loss must fall as it memorises the batch).
rng = np.random.default_rng(0)
images = rng.standard_normal((32, 28, 28, 1), dtype=np.float32)
labels = rng.integers(0, 10, size=32)
lr, eps, steps = 1e-3, 1e-8, 20

model = CNN(nnx.Rngs(0))
optimizer = nnx.Optimizer(model, optax.adam(lr, eps=eps), wrt=nnx.Param)


@nnx.jit
def train_step(model, optimizer, x, y):
    def loss_fn(model):
        return optax.softmax_cross_entropy_with_integer_labels(model(x), y).mean()

    loss, grads = nnx.value_and_grad(loss_fn)(model)
    optimizer.update(model, grads)
    return loss


losses = [float(train_step(model, optimizer, images, labels)) for _ in range(steps)]
out_shape = model(images).shape
flat = model.features(images).shape[1]
n_params = sum(p.size for p in jax.tree.leaves(nnx.state(model, nnx.Param)))
print(f"logits shape: {out_shape}, {flat} features before the classifier, {n_params} parameters")
print(f"loss: {losses[0]:.3f} -> {losses[-1]:.3f}")
assert out_shape == (32, 10) and flat == 400
assert losses[-1] < 0.9 * losses[0]
print("RESULT", json.dumps({"params": int(n_params), "flat_features": int(flat), "shape": list(out_shape),
                            "lr": lr, "eps": eps, "steps": len(losses),
                            "loss_ratio": round(losses[-1] / losses[0], 2)}))
