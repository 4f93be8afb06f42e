import json

import mlx.core as mx
import mlx.nn as nn
import mlx.optimizers as optim
import numpy as np

# The spec's data, one NumPy recipe for every framework: 1 280 points, the first 1 024 to train
# on, the last 256 held out; the label is the arg-max of a fixed random linear map.
rng = np.random.default_rng(0)
X = rng.standard_normal((1280, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
X_train, y_train, X_test, y_test = X[:1024], y[:1024], X[1024:], y[1024:]
lr, eps, epochs, batch_size = 1e-3, 1e-8, 10, 64
X_train, y_train, X_test = mx.array(X_train), mx.array(y_train), mx.array(X_test)
mx.random.seed(0)  # the weights' initialisation and the shuffling

model = nn.Sequential(
    nn.Linear(20, 64), nn.ReLU(),
    nn.Linear(64, 64), nn.ReLU(),
    nn.Linear(64, 3),
)
# MLX's Adam skips bias correction unless asked (bias_correction=False is its default);
# PyTorch, Optax, Keras and Paddle always correct. The spec's Adam does.
optimizer = optim.Adam(learning_rate=lr, betas=[0.9, 0.999], eps=eps, bias_correction=True)


def loss_fn(model, x, y):
    return nn.losses.cross_entropy(model(x), y, reduction="mean")


# returns a function giving the loss and the gradients w.r.t. the model's parameters
loss_and_grad = nn.value_and_grad(model, loss_fn)

for epoch in range(epochs):
    model.train()  # matters for dropout/batch norm; a good habit
    perm = mx.random.permutation(len(X_train))  # a new order every epoch
    total = 0.0
    for i in range(0, len(X_train), batch_size):
        idx = perm[i : i + batch_size]
        loss, grads = loss_and_grad(model, X_train[idx], y_train[idx])
        optimizer.update(model, grads)
        # evaluate the lazy graph once per step, parameters and optimizer state together
        mx.eval(model.parameters(), optimizer.state, loss)
        total += loss.item() * len(idx)
    if epoch % 3 == 0 or epoch == epochs - 1:
        print(f"epoch {epoch}: loss {total / len(X_train):.3f}")

model.eval()
predictions = np.array(mx.argmax(model(X_test), axis=1))
acc = (predictions == y_test).mean()  # on the 256 held-out points
print(f"held-out accuracy: {acc:.3f}")
assert acc > 0.85
print("RESULT", json.dumps({"lr": lr, "eps": eps, "epochs": epochs, "batch_size": batch_size,
                            "train_samples": len(X_train), "test_samples": len(X_test),
                            "test_accuracy": round(float(acc), 3)}))
