import json

import mindspore as ms
import numpy as np
from mindspore import nn

ms.set_device("CPU")
ms.set_seed(0)  # the weights' initialisation

# The spec's data: 32 random greyscale images, channels-last, with random labels (one fixed
# batch, so the check is that the wiring learns: the loss must fall as it memorises the batch).
rng = np.random.default_rng(0)
images = rng.standard_normal((32, 28, 28, 1), dtype=np.float32)
labels = rng.integers(0, 10, size=32).astype(np.int32)
lr, eps, steps = 1e-3, 1e-8, 20

# MindSpore images are channels-first (NCHW). Two defaults differ from PyTorch: Conv2d pads
# "same" and has no bias unless asked, so both are set to match the spec.
model = nn.SequentialCell(
    nn.Conv2d(1, 8, kernel_size=3, pad_mode="valid", has_bias=True),  # 28x28 -> 26x26
    nn.ReLU(),
    nn.MaxPool2d(kernel_size=2, stride=2),  # -> 13x13
    nn.Conv2d(8, 16, kernel_size=3, pad_mode="valid", has_bias=True),  # -> 11x11
    nn.ReLU(),
    nn.MaxPool2d(kernel_size=2, stride=2),  # -> 5x5
    nn.Flatten(),  # -> 16 * 5 * 5 = 400 features
    nn.Dense(16 * 5 * 5, 10),
)
x = ms.Tensor(images.transpose(0, 3, 1, 2))  # NHWC -> NCHW
y = ms.Tensor(labels)
loss_fn = nn.CrossEntropyLoss()
optimizer = nn.Adam(model.trainable_params(), learning_rate=lr, eps=eps)
grad_fn = ms.value_and_grad(lambda xb, yb: loss_fn(model(xb), yb), None, optimizer.parameters)

model.set_train(True)
losses = []
for step in range(steps):
    loss, grads = grad_fn(x, y)
    optimizer(grads)
    losses.append(loss.item())

model.set_train(False)
out_shape = tuple(model(x).shape)
flat = model[:-1](x).shape[1]  # features entering the classifier
n_params = sum(p.size for p in model.trainable_params())
print(f"output shape: {out_shape}, {flat} features before the classifier, {n_params} parameters")
print(f"loss: {losses[0]:.3f} -> {losses[-1]:.3f}")
assert out_shape == (32, 10) and flat == 400
assert losses[-1] < 0.9 * losses[0]
print("RESULT", json.dumps({"params": int(n_params), "flat_features": int(flat), "shape": list(out_shape),
                            "lr": lr, "eps": eps, "steps": len(losses),
                            "loss_ratio": round(losses[-1] / losses[0], 2)}))
