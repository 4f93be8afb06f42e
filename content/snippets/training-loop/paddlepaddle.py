import json

import numpy as np
import paddle
from paddle import nn
from paddle.io import DataLoader, TensorDataset

# On a machine with a GPU build of Paddle: paddle.device.set_device("gpu"); this site runs on a CPU.
paddle.device.set_device("cpu")
# The spec's data, one NumPy recipe for every framework: 1 280 points, the first 1 024 to train
# on, the last 256 held out; the label is the arg-max of a fixed random linear map.
rng = np.random.default_rng(0)
X = rng.standard_normal((1280, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
X_train, y_train, X_test, y_test = X[:1024], y[:1024], X[1024:], y[1024:]
lr, eps, epochs, batch_size = 1e-3, 1e-8, 10, 64
paddle.seed(0)  # the weights' initialisation
np.random.seed(0)  # DataLoader(shuffle=True) draws its order from NumPy's global RNG, not paddle.seed

model = nn.Sequential(
    nn.Linear(20, 64), nn.ReLU(),
    nn.Linear(64, 64), nn.ReLU(),
    nn.Linear(64, 3),
)
# Paddle optimizers take the parameters as a keyword argument
optimizer = paddle.optimizer.Adam(
    learning_rate=lr, beta1=0.9, beta2=0.999, epsilon=eps, parameters=model.parameters()
)
loss_fn = nn.CrossEntropyLoss()  # takes logits and integer labels
train = TensorDataset([paddle.to_tensor(X_train), paddle.to_tensor(y_train)])
loader = DataLoader(train, batch_size=batch_size, shuffle=True)  # a new order every epoch

for epoch in range(epochs):
    model.train()  # matters for dropout/batch norm; a good habit
    total = 0.0
    for xb, yb in loader:
        loss = loss_fn(model(xb), yb)
        loss.backward()
        optimizer.step()
        optimizer.clear_grad()
        total += loss.item() * len(xb)
    if epoch % 3 == 0 or epoch == epochs - 1:
        print(f"epoch {epoch}: loss {total / len(X_train):.3f}")

model.eval()
with paddle.no_grad():
    predictions = model(paddle.to_tensor(X_test)).argmax(1).numpy()
acc = (predictions == y_test).mean()  # on the 256 held-out points
print(f"held-out accuracy: {acc:.3f}")
assert acc > 0.85
print("RESULT", json.dumps({"lr": lr, "eps": eps, "epochs": epochs, "batch_size": batch_size,
                            "train_samples": len(X_train), "test_samples": len(X_test),
                            "test_accuracy": round(float(acc), 3)}))
