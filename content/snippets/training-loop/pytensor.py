# Written for PyTensor 3.0.7, the newest release for Python 3.11 (this site's snippet
# environment); PyTensor 3.1 and later need Python 3.12.
import json

import numpy as np
import pytensor
import pytensor.tensor as pt
from pytensor.tensor.special import log_softmax

# The spec's data, one NumPy recipe for every framework: 1 280 points, the first 1 024 to train
# on, the last 256 held out; the label is the arg-max of a fixed random linear map.
rng = np.random.default_rng(0)
X = rng.standard_normal((1280, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
X_train, y_train, X_test, y_test = X[:1024], y[:1024], X[1024:], y[1024:]
lr, eps, epochs, batch_size = 1e-3, 1e-8, 10, 64
beta1, beta2 = np.float32(0.9), np.float32(0.999)  # float32: a Python float would upcast the updates to float64

# PyTensor has no initialisers or optimisers of its own: the weights start from a seeded NumPy
# generator (uniform in ±1/√fan_in, as PyTorch's Linear does) and Adam is written as updates.
init = np.random.default_rng(42)
params = []
for i, (n_in, n_out) in enumerate([(20, 64), (64, 64), (64, 3)]):
    bound = 1 / np.sqrt(n_in)
    params.append(pytensor.shared(init.uniform(-bound, bound, (n_in, n_out)).astype(np.float32), name=f"W{i}"))
    params.append(pytensor.shared(init.uniform(-bound, bound, n_out).astype(np.float32), name=f"b{i}"))


def mlp(x):
    W0, b0, W1, b1, W2, b2 = params
    h = pt.maximum(x @ W0 + b0, 0)  # ReLU
    h = pt.maximum(h @ W1 + b1, 0)
    return h @ W2 + b2


xb = pt.matrix("xb", dtype="float32")
yb = pt.vector("yb", dtype="int64")
logits = mlp(xb)
# Softmax cross-entropy on logits and integer labels, mean over the batch.
loss = -log_softmax(logits, axis=-1)[pt.arange(yb.shape[0]), yb].mean()
grads = pytensor.grad(loss, params)

# Adam with bias correction, as (shared variable, new value) pairs that the compiled function
# applies after each call: the moments and the step count are shared state too.
t = pytensor.shared(np.float32(0), name="t")
t_new = t + 1
updates = [(t, t_new)]
for p, g in zip(params, grads):
    m = pytensor.shared(np.zeros_like(p.get_value()))
    v = pytensor.shared(np.zeros_like(p.get_value()))
    m_new = beta1 * m + (1 - beta1) * g
    v_new = beta2 * v + (1 - beta2) * g**2
    m_hat = m_new / (1 - beta1**t_new)
    v_hat = v_new / (1 - beta2**t_new)
    step = np.float32(lr) * m_hat / (pt.sqrt(v_hat) + np.float32(eps))
    updates += [(m, m_new), (v, v_new), (p, p - step)]

train_step = pytensor.function([xb, yb], loss, updates=updates)  # one compiled training step
predict = pytensor.function([xb], pt.argmax(logits, axis=1))  # no updates: evaluation only

shuffle = np.random.default_rng(1)
for epoch in range(epochs):
    order = shuffle.permutation(len(X_train))  # a new order every epoch
    total = 0.0
    for i in range(0, len(order), batch_size):
        idx = order[i : i + batch_size]
        total += float(train_step(X_train[idx], y_train[idx])) * len(idx)
    if epoch % 3 == 0 or epoch == epochs - 1:
        print(f"epoch {epoch}: loss {total / len(X_train):.3f}")

acc = (predict(X_test) == y_test).mean()  # on the 256 held-out points
print(f"held-out accuracy: {acc:.3f} after {int(t.get_value())} steps")
assert int(t.get_value()) == epochs * len(X_train) // batch_size
assert acc > 0.85
print("RESULT", json.dumps({"lr": lr, "eps": eps, "epochs": epochs, "batch_size": batch_size,
                            "train_samples": len(X_train), "test_samples": len(X_test),
                            "test_accuracy": round(float(acc), 3)}))
