import json

import numpy as np
from tinygrad import Context, Tensor, TinyJit, nn

# The spec's data, one NumPy recipe for every framework: 1 280 points, the first 1 024 to train
# on, the last 256 held out; the label is the arg-max of a fixed random linear map.
rng = np.random.default_rng(0)
X = rng.standard_normal((1280, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
X_train, y_train, X_test, y_test = X[:1024], y[:1024], X[1024:], y[1024:]
lr, eps, epochs, batch_size = 1e-3, 1e-8, 10, 64
y_train = y_train.astype(np.int32)


class MLP:
    def __init__(self):
        self.layers = [
            nn.Linear(20, 64), Tensor.relu,
            nn.Linear(64, 64), Tensor.relu,
            nn.Linear(64, 3),
        ]

    def __call__(self, x: Tensor) -> Tensor:
        return x.sequential(self.layers)


Tensor.manual_seed(0)  # the weights' initialisation
model = MLP()
opt = nn.optim.Adam(nn.state.get_parameters(model), lr=lr, b1=0.9, b2=0.999, eps=eps)


# TinyJit records the kernels on the first calls and replays them after that;
# TRAINING=1 switches on training mode, which the optimizer requires
@TinyJit
@Context(TRAINING=1)
def train_step(x: Tensor, y: Tensor) -> Tensor:
    opt.zero_grad()
    loss = model(x).sparse_categorical_crossentropy(y).backward()
    return loss.realize(*opt.schedule_step())


for epoch in range(epochs):
    perm = rng.permutation(len(X_train))  # shuffle on the host, a new order every epoch
    total = 0.0
    for i in range(0, len(X_train), batch_size):
        idx = perm[i : i + batch_size]
        total += train_step(Tensor(X_train[idx]), Tensor(y_train[idx])).item() * len(idx)
    if epoch % 3 == 0 or epoch == epochs - 1:
        print(f"epoch {epoch}: loss {total / len(X_train):.3f}")

# no gradient graph is built here: gradients only exist once backward() is called
predictions = model(Tensor(X_test)).argmax(1).numpy()
acc = (predictions == y_test).mean()  # on the 256 held-out points
print(f"held-out accuracy: {acc:.3f}")
assert acc > 0.85
print("RESULT", json.dumps({"lr": lr, "eps": eps, "epochs": epochs, "batch_size": batch_size,
                            "train_samples": len(X_train), "test_samples": len(X_test),
                            "test_accuracy": round(float(acc), 3)}))
