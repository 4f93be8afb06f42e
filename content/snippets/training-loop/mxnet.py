import mxnet as mx
import numpy as np
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn

mx.random.seed(0)
rng = np.random.RandomState(0)
W = rng.randn(20, 3)
X = rng.randn(1280, 20).astype(np.float32)
y = np.argmax(X @ W, axis=1).astype(np.float32)  # Gluon's losses and metrics take float labels
X_train, y_train, X_test, y_test = X[:1024], y[:1024], X[1024:], y[1024:]

net = nn.HybridSequential()
with net.name_scope():
    net.add(nn.Dense(64, activation="relu"), nn.Dense(64, activation="relu"), nn.Dense(3))
net.initialize(mx.init.Xavier())  # shapes are inferred on the first batch
net.hybridize()

loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()  # takes logits and class indices
trainer = gluon.Trainer(net.collect_params(), "adam", {"learning_rate": 1e-3})
loader = gluon.data.DataLoader(
    gluon.data.ArrayDataset(X_train, y_train), batch_size=64, shuffle=True
)

for epoch in range(10):
    total = 0.0
    for xb, yb in loader:
        with autograd.record():  # operations are taped only inside this block
            loss = loss_fn(net(xb), yb)
        loss.backward()
        trainer.step(xb.shape[0])  # the gradient is a sum: step() divides by the batch size
        total += loss.sum().asscalar()
    if epoch % 3 == 0 or epoch == 9:
        print(f"epoch {epoch}: loss {total / len(X_train):.3f}")

metric = mx.metric.Accuracy()
metric.update(labels=[nd.array(y_test)], preds=[net(nd.array(X_test))])
_, acc = metric.get()
print(f"test accuracy: {acc:.2f}")
assert acc > 0.85
