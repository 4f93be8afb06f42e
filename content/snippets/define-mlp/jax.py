import json

import jax
import jax.numpy as jnp
import numpy as np
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

# The spec's input and weights, made with NumPy so every framework computes the same numbers.
rng = np.random.default_rng(0)
x_np = rng.standard_normal((8, 20), dtype=np.float32)
weights = [  # (W as (in, out), b) for each layer
    (rng.standard_normal((n_in, n_out), dtype=np.float32) / n_in**0.5,
     0.1 * rng.standard_normal(n_out, dtype=np.float32))
    for n_in, n_out in [(20, 64), (64, 64), (64, 3)]
]
# nnx.Linear keeps its kernel as (in, out), like the NumPy matrices: no transpose.
for layer, (W, b) in zip([model.fc1, model.fc2, model.out], weights):
    layer.kernel[...] = jnp.asarray(W)
    layer.bias[...] = jnp.asarray(b)

logits = model(jnp.asarray(x_np))
out = np.asarray(logits)
params = nnx.state(model, nnx.Param)
n_params = sum(p.size for p in jax.tree.leaves(params))
print(f"logits shape: {logits.shape}, parameters: {n_params}")
assert logits.shape == (8, 3)
assert n_params == 20 * 64 + 64 + 64 * 64 + 64 + 64 * 3 + 3
print("RESULT", json.dumps({"params": int(n_params), "shape": list(out.shape),
                            "logits_row0": np.round(out[0].astype(float), 4).tolist(),
                            "logits_sum": round(float(out.sum()), 4)}))
