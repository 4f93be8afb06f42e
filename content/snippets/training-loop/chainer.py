import chainer
import chainer.functions as F
import chainer.links as L
import numpy as np
from chainer import datasets, iterators, optimizers
from chainer.dataset import concat_examples

np.random.seed(0)
W = np.random.randn(20, 3).astype(np.float32)
X = np.random.randn(1280, 20).astype(np.float32)
y = np.argmax(X @ W, axis=1).astype(np.int32)  # softmax_cross_entropy wants int32 labels
X_train, y_train, X_test, y_test = X[:1024], y[:1024], X[1024:], y[1024:]

model = chainer.Sequential(
    L.Linear(20, 64), F.relu,
    L.Linear(64, 64), F.relu,
    L.Linear(64, 3),
)
optimizer = optimizers.Adam(alpha=1e-3)  # Chainer calls Adam's learning rate alpha
optimizer.setup(model)

# the iterator reshuffles at every epoch and keeps count of epochs itself
train_iter = iterators.SerialIterator(datasets.TupleDataset(X_train, y_train), batch_size=64)

total = 0.0
while train_iter.epoch < 10:
    xb, yb = concat_examples(train_iter.next())  # list of (x, y) pairs -> two arrays
    loss = F.softmax_cross_entropy(model(xb), yb)
    model.cleargrads()
    loss.backward()
    optimizer.update()
    total += float(loss.array) * len(yb)
    if train_iter.is_new_epoch:
        epoch = train_iter.epoch - 1
        if epoch % 3 == 0 or epoch == 9:
            print(f"epoch {epoch}: loss {total / len(X_train):.3f}")
        total = 0.0

# train=False switches dropout/batch norm to inference; no_backprop_mode skips graph building
with chainer.using_config("train", False), chainer.no_backprop_mode():
    acc = float(F.accuracy(model(X_test), y_test).array)
print(f"test accuracy: {acc:.2f}")
assert acc > 0.85
