import mlx.core as mx
import mlx.nn as nn
from mlx.utils import tree_flatten


class MLP(nn.Module):
    def __init__(self, in_features=20, hidden=64, classes=3):
        super().__init__()
        self.layers = nn.Sequential(
            nn.Linear(in_features, hidden),
            nn.ReLU(),
            nn.Linear(hidden, hidden),
            nn.ReLU(),
            nn.Linear(hidden, classes),  # raw logits; the loss applies softmax
        )

    def __call__(self, x):
        return self.layers(x)


mx.random.seed(0)
model = MLP()
print(model)

x = mx.random.normal((8, 20))
logits = model(x)
mx.eval(logits)  # MLX is lazy: nothing is computed until a result is needed
n_params = sum(p.size for _, p in tree_flatten(model.parameters()))
print(f"output shape: {logits.shape}, parameters: {n_params}")
assert logits.shape == (8, 3)
assert n_params == 20 * 64 + 64 + 64 * 64 + 64 + 64 * 3 + 3
