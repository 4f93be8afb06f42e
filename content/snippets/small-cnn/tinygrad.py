# tinygrad compiles kernels for the CPU with clang, which must be installed.
import json

import numpy as np
from tinygrad import Context, Tensor, nn

# The spec's data: 32 random greyscale images, channels-last, with random labels (one fixed
# batch, so the check is that the wiring learns: the loss must fall as it memorises the batch).
rng = np.random.default_rng(0)
images = rng.standard_normal((32, 28, 28, 1), dtype=np.float32)
labels = rng.integers(0, 10, size=32).astype(np.int32)
lr, eps, steps = 1e-3, 1e-8, 20
Tensor.manual_seed(0)  # the weights' initialisation


class SmallCNN:
    # tinygrad images are channels-first (batch, channels, height, width), like PyTorch.
    def __init__(self):
        self.conv1 = nn.Conv2d(1, 8, kernel_size=3)  # padding=0 ("valid"): 28x28 -> 26x26
        self.conv2 = nn.Conv2d(8, 16, kernel_size=3)  # 13x13 -> 11x11
        self.fc = nn.Linear(16 * 5 * 5, 10)

    def features(self, x: Tensor) -> Tensor:
        x = self.conv1(x).relu().max_pool2d(kernel_size=2)  # -> 13x13
        x = self.conv2(x).relu().max_pool2d(kernel_size=2)  # -> 5x5
        return x.flatten(1)  # -> 16 * 5 * 5 = 400 features

    def __call__(self, x: Tensor) -> Tensor:
        return self.fc(self.features(x))


model = SmallCNN()
params = nn.state.get_parameters(model)
opt = nn.optim.Adam(params, lr=lr, eps=eps)
x = Tensor(np.ascontiguousarray(images.transpose(0, 3, 1, 2)))  # NHWC -> NCHW
y = Tensor(labels)

losses = []
with Context(TRAINING=1):  # the optimizer only steps in training mode
    for step in range(steps):
        opt.zero_grad()
        loss = model(x).sparse_categorical_crossentropy(y).backward()
        opt.step()
        losses.append(loss.item())

out_shape = model(x).shape
flat = model.features(x).shape[1]  # features entering the classifier
n_params = sum(p.numel() for p in params)
print(f"output shape: {out_shape}, {flat} features before the classifier, {n_params} parameters")
print(f"loss: {losses[0]:.3f} -> {losses[-1]:.3f}")
assert out_shape == (32, 10) and flat == 400
assert losses[-1] < 0.9 * losses[0]
print("RESULT", json.dumps({"params": int(n_params), "flat_features": int(flat), "shape": list(out_shape),
                            "lr": lr, "eps": eps, "steps": len(losses),
                            "loss_ratio": round(losses[-1] / losses[0], 2)}))
