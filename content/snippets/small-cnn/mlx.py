import json

import mlx.core as mx
import mlx.nn as nn
import mlx.optimizers as optim
import numpy as np
from mlx.utils import tree_flatten


class CNN(nn.Module):
    def __init__(self):
        super().__init__()
        # MLX convolutions take channels-last input, (batch, height, width, channels), like the
        # spec's data; padding=0 (VALID) is the default, written out here.
        self.conv1 = nn.Conv2d(1, 8, kernel_size=3, padding=0)  # 28x28 -> 26x26
        self.conv2 = nn.Conv2d(8, 16, kernel_size=3, padding=0)  # 13x13 -> 11x11
        self.pool = nn.MaxPool2d(kernel_size=2)  # stride defaults to the window: halves, rounding down
        self.head = nn.Linear(5 * 5 * 16, 10)

    def features(self, x):
        x = self.pool(nn.relu(self.conv1(x)))  # -> 13x13x8
        x = self.pool(nn.relu(self.conv2(x)))  # -> 5x5x16
        return x.reshape(x.shape[0], -1)  # MLX has no Flatten layer: reshape to 400 features

    def __call__(self, x):
        return self.head(self.features(x))


# The spec's data: 32 random greyscale images, channels-last, with random labels (one fixed
# batch, so the check is that the wiring learns: the loss must fall as it memorises the batch).
rng = np.random.default_rng(0)
images = rng.standard_normal((32, 28, 28, 1), dtype=np.float32)
labels = rng.integers(0, 10, size=32)
lr, eps, steps = 1e-3, 1e-8, 20
mx.random.seed(0)  # the weights' initialisation

model = CNN()
# MLX's Adam leaves out bias correction unless asked (bias_correction=False by default).
optimizer = optim.Adam(learning_rate=lr, betas=[0.9, 0.999], eps=eps, bias_correction=True)
x, y = mx.array(images), mx.array(labels)


def loss_fn(model, x, y):
    return nn.losses.cross_entropy(model(x), y, reduction="mean")


loss_and_grad = nn.value_and_grad(model, loss_fn)
losses = []
for step in range(steps):
    loss, grads = loss_and_grad(model, x, y)
    optimizer.update(model, grads)
    mx.eval(model.parameters(), optimizer.state, loss)
    losses.append(loss.item())

out_shape = tuple(model(x).shape)
flat = model.features(x).shape[1]  # features entering the classifier
n_params = sum(p.size for _, p in tree_flatten(model.parameters()))
print(f"output shape: {out_shape}, {flat} features before the classifier, {n_params} parameters")
print(f"loss: {losses[0]:.3f} -> {losses[-1]:.3f}")
assert out_shape == (32, 10) and flat == 400
assert losses[-1] < 0.9 * losses[0]
print("RESULT", json.dumps({"params": int(n_params), "flat_features": int(flat), "shape": list(out_shape),
                            "lr": lr, "eps": eps, "steps": len(losses),
                            "loss_ratio": round(losses[-1] / losses[0], 2)}))
