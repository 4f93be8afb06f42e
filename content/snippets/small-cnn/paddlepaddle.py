import json

import numpy as np
import paddle
from paddle import nn

# With a GPU build of Paddle: paddle.device.set_device("gpu"); this site runs on a CPU.
paddle.device.set_device("cpu")
# The spec's data: 32 random greyscale images, channels-last, with random labels (one fixed
# batch, so the check is that the wiring learns: the loss must fall as it memorises the batch).
rng = np.random.default_rng(0)
images = rng.standard_normal((32, 28, 28, 1), dtype=np.float32)
labels = rng.integers(0, 10, size=32)
lr, eps, steps = 1e-3, 1e-8, 20
paddle.seed(0)  # the weights' initialisation

# Paddle's convolutions default to channels-first (data_format="NCHW").
model = nn.Sequential(
    nn.Conv2D(1, 8, kernel_size=3),  # padding=0 ("valid") by default: 28x28 -> 26x26
    nn.ReLU(),
    nn.MaxPool2D(2),  # -> 13x13
    nn.Conv2D(8, 16, kernel_size=3),  # -> 11x11
    nn.ReLU(),
    nn.MaxPool2D(2),  # -> 5x5
    nn.Flatten(),  # -> 16 * 5 * 5 = 400 features
    nn.Linear(16 * 5 * 5, 10),
)

x = paddle.to_tensor(images).transpose([0, 3, 1, 2])  # NHWC -> NCHW
y = paddle.to_tensor(labels)
# Paddle's Adam takes epsilon=1e-8 by default; written out, as the spec names it.
optimizer = paddle.optimizer.Adam(learning_rate=lr, epsilon=eps, parameters=model.parameters())
loss_fn = nn.CrossEntropyLoss()

losses = []
for step in range(steps):
    loss = loss_fn(model(x), y)
    loss.backward()
    optimizer.step()
    optimizer.clear_grad()  # gradients accumulate otherwise
    losses.append(loss.item())

model.eval()
with paddle.no_grad():
    out_shape = tuple(model(x).shape)
    flat = model[:-1](x).shape[1]  # features entering the classifier
n_params = sum(p.numel().item() for p in model.parameters())
print(f"output shape: {out_shape}, {flat} features before the classifier, {n_params} parameters")
print(f"loss: {losses[0]:.3f} -> {losses[-1]:.3f}")
assert out_shape == (32, 10) and flat == 400
assert losses[-1] < 0.9 * losses[0]
print("RESULT", json.dumps({"params": int(n_params), "flat_features": int(flat), "shape": list(out_shape),
                            "lr": lr, "eps": eps, "steps": len(losses),
                            "loss_ratio": round(losses[-1] / losses[0], 2)}))
