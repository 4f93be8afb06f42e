import chainer
import chainer.functions as F
import chainer.links as L
import numpy as np


class MLP(chainer.Chain):
    def __init__(self, in_features=20, hidden=64, classes=3):
        super().__init__()
        with self.init_scope():  # links assigned in here become the chain's registered children
            self.l1 = L.Linear(in_features, hidden)
            self.l2 = L.Linear(hidden, hidden)
            self.l3 = L.Linear(hidden, classes)

    def forward(self, x):
        h = F.relu(self.l1(x))
        h = F.relu(self.l2(h))
        return self.l3(h)  # raw logits; the loss applies softmax


np.random.seed(0)  # Chainer's initializers draw from NumPy's global generator
model = MLP()
print(model)

x = np.random.randn(8, 20).astype(np.float32)  # plain NumPy arrays go straight in
logits = model(x)  # a chainer.Variable; .array holds the NumPy result
n_params = sum(p.size for p in model.params())
print(f"output shape: {logits.shape}, parameters: {n_params}")
assert logits.array.shape == (8, 3)
assert n_params == 20 * 64 + 64 + 64 * 64 + 64 + 64 * 3 + 3
