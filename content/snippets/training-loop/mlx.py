import mlx.core as mx
import mlx.nn as nn
import mlx.optimizers as optim

mx.random.seed(0)
W = mx.random.normal((20, 3))
X_train, X_test = mx.random.normal((1024, 20)), mx.random.normal((256, 20))
y_train, y_test = mx.argmax(X_train @ W, axis=1), mx.argmax(X_test @ W, axis=1)

model = nn.Sequential(
    nn.Linear(20, 64), nn.ReLU(),
    nn.Linear(64, 64), nn.ReLU(),
    nn.Linear(64, 3),
)
optimizer = optim.Adam(learning_rate=1e-3)


def loss_fn(model, x, y):
    return nn.losses.cross_entropy(model(x), y, reduction="mean")


# returns a function giving the loss and the gradients w.r.t. the model's parameters
loss_and_grad = nn.value_and_grad(model, loss_fn)

for epoch in range(10):
    model.train()  # matters for dropout/batch norm; a good habit
    perm = mx.random.permutation(len(X_train))
    total = 0.0
    for i in range(0, len(X_train), 64):
        idx = perm[i : i + 64]
        loss, grads = loss_and_grad(model, X_train[idx], y_train[idx])
        optimizer.update(model, grads)
        # evaluate the lazy graph once per step, parameters and optimizer state together
        mx.eval(model.parameters(), optimizer.state, loss)
        total += loss.item() * len(idx)
    if epoch % 3 == 0 or epoch == 9:
        print(f"epoch {epoch}: loss {total / len(X_train):.3f}")

model.eval()
acc = mx.mean(mx.argmax(model(X_test), axis=1) == y_test).item()
print(f"test accuracy: {acc:.2f}")
assert acc > 0.85
