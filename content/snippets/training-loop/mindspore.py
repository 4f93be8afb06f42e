import json

import mindspore as ms
import numpy as np
from mindspore import nn, ops

ms.set_device("CPU")
ms.set_seed(0)  # seeds MindSpore's initialisers

# The spec's data, one NumPy recipe for every framework: 1 280 points, the first 1 024 to train
# on, the last 256 held out; the label is the arg-max of a fixed random linear map.
rng = np.random.default_rng(0)
X = rng.standard_normal((1280, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1).astype(np.int32)
X_train, y_train, X_test, y_test = X[:1024], y[:1024], X[1024:], y[1024:]
lr, eps, epochs, batch_size = 1e-3, 1e-8, 10, 64

model = nn.SequentialCell(nn.Dense(20, 64), nn.ReLU(), nn.Dense(64, 64), nn.ReLU(), nn.Dense(64, 3))
loss_fn = nn.CrossEntropyLoss()  # softmax cross-entropy on logits and integer labels, mean
optimizer = nn.Adam(model.trainable_params(), learning_rate=lr, beta1=0.9, beta2=0.999, eps=eps)


def forward(xb, yb):
    return loss_fn(model(xb), yb)


# The functional style: value_and_grad over the optimizer's parameters (grad_position=None means
# "not with respect to the inputs"); the optimizer is a Cell that applies the gradients.
grad_fn = ms.value_and_grad(forward, None, optimizer.parameters)


def train_step(xb, yb):
    loss, grads = grad_fn(xb, yb)
    optimizer(grads)
    return loss


model.set_train(True)
for epoch in range(epochs):
    perm = rng.permutation(len(X_train))  # a new order every epoch
    total = 0.0
    for i in range(0, len(X_train), batch_size):
        idx = perm[i : i + batch_size]
        total += train_step(ms.Tensor(X_train[idx]), ms.Tensor(y_train[idx])).item() * len(idx)
    if epoch % 3 == 0 or epoch == epochs - 1:
        print(f"epoch {epoch}: loss {total / len(X_train):.3f}")

model.set_train(False)
pred = ops.argmax(model(ms.Tensor(X_test)), dim=1).asnumpy()
acc = float((pred == y_test).mean())  # on the 256 held-out points
print(f"held-out accuracy: {acc:.3f}")
assert acc > 0.85
print("RESULT", json.dumps({"lr": lr, "eps": eps, "epochs": epochs, "batch_size": batch_size,
                            "train_samples": len(X_train), "test_samples": len(X_test),
                            "test_accuracy": round(acc, 3)}))
