import jax
from flax import nnx


class MLP(nnx.Module):
    def __init__(self, in_features, hidden, out_features, *, rngs: nnx.Rngs):
        # Layers create their parameters right away, drawing from rngs.
        self.fc1 = nnx.Linear(in_features, hidden, rngs=rngs)
        self.fc2 = nnx.Linear(hidden, hidden, rngs=rngs)
        self.out = nnx.Linear(hidden, out_features, rngs=rngs)

    def __call__(self, x):
        x = nnx.relu(self.fc1(x))
        x = nnx.relu(self.fc2(x))
        return self.out(x)  # raw logits


model = MLP(20, 64, 3, rngs=nnx.Rngs(0))
x = jax.random.normal(jax.random.key(1), (8, 20))
logits = model(x)

params = nnx.state(model, nnx.Param)
n_params = sum(p.size for p in jax.tree.leaves(params))
print(f"logits shape: {logits.shape}, parameters: {n_params}")
assert logits.shape == (8, 3)
assert n_params == 20 * 64 + 64 + 64 * 64 + 64 + 64 * 3 + 3
