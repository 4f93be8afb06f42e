import numpy as np
from tinygrad import Context, Tensor, TinyJit, nn

rng = np.random.default_rng(0)
W = rng.normal(size=(20, 3)).astype(np.float32)
X = rng.normal(size=(1280, 20)).astype(np.float32)
y = np.argmax(X @ W, axis=1).astype(np.int32)
X_train, y_train, X_test, y_test = X[:1024], y[:1024], X[1024:], y[1024:]


class MLP:
    def __init__(self):
        self.layers = [
            nn.Linear(20, 64), Tensor.relu,
            nn.Linear(64, 64), Tensor.relu,
            nn.Linear(64, 3),
        ]

    def __call__(self, x: Tensor) -> Tensor:
        return x.sequential(self.layers)


Tensor.manual_seed(0)
model = MLP()
opt = nn.optim.Adam(nn.state.get_parameters(model), lr=1e-3)


# TinyJit records the kernels on the first calls and replays them after that;
# TRAINING=1 switches on training mode, which the optimizer requires
@TinyJit
@Context(TRAINING=1)
def train_step(x: Tensor, y: Tensor) -> Tensor:
    opt.zero_grad()
    loss = model(x).sparse_categorical_crossentropy(y).backward()
    return loss.realize(*opt.schedule_step())


for epoch in range(10):
    perm = rng.permutation(len(X_train))  # shuffle on the host, feed batches as Tensors
    total = 0.0
    for i in range(0, len(X_train), 64):
        idx = perm[i : i + 64]
        total += train_step(Tensor(X_train[idx]), Tensor(y_train[idx])).item() * len(idx)
    if epoch % 3 == 0 or epoch == 9:
        print(f"epoch {epoch}: loss {total / len(X_train):.3f}")

# no gradient graph is built here: gradients only exist once backward() is called
acc = (model(Tensor(X_test)).argmax(1) == Tensor(y_test)).mean().item()
print(f"test accuracy: {acc:.2f}")
assert acc > 0.85
