import numpy as np
import optax
from flax import nnx


class CNN(nnx.Module):
    def __init__(self, rngs: nnx.Rngs):
        # Flax convolutions expect channels-last input: (batch, height, width, channels).
        self.conv1 = nnx.Conv(1, 8, kernel_size=(3, 3), rngs=rngs)  # 'SAME' padding by default
        self.conv2 = nnx.Conv(8, 16, kernel_size=(3, 3), rngs=rngs)
        self.head = nnx.Linear(7 * 7 * 16, 10, rngs=rngs)

    def __call__(self, x):
        x = nnx.max_pool(nnx.relu(self.conv1(x)), window_shape=(2, 2), strides=(2, 2))  # 28 -> 14
        x = nnx.max_pool(nnx.relu(self.conv2(x)), window_shape=(2, 2), strides=(2, 2))  # 14 -> 7
        x = x.reshape(x.shape[0], -1)  # flatten
        return self.head(x)


rng = np.random.default_rng(0)
images = rng.standard_normal((32, 28, 28, 1), dtype=np.float32)
labels = rng.integers(0, 10, size=32)

model = CNN(nnx.Rngs(0))
optimizer = nnx.Optimizer(model, optax.adam(1e-3), wrt=nnx.Param)


@nnx.jit
def train_step(model, optimizer, x, y):
    def loss_fn(model):
        return optax.softmax_cross_entropy_with_integer_labels(model(x), y).mean()

    loss, grads = nnx.value_and_grad(loss_fn)(model)
    optimizer.update(model, grads)
    return loss


losses = [float(train_step(model, optimizer, images, labels)) for _ in range(20)]
logits = model(images)
print(f"logits shape: {logits.shape}, loss {losses[0]:.3f} -> {losses[-1]:.3f}")
assert logits.shape == (32, 10)
assert losses[-1] < losses[0]  # it can memorise one fixed batch
