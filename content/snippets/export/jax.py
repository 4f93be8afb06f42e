import json
import tempfile
from pathlib import Path

import jax
import jax.numpy as jnp
import numpy as np
from flax import nnx


class MLP(nnx.Module):
    def __init__(self, rngs: nnx.Rngs):
        self.fc1 = nnx.Linear(20, 64, rngs=rngs)
        self.fc2 = nnx.Linear(64, 64, rngs=rngs)
        self.out = nnx.Linear(64, 3, rngs=rngs)

    def __call__(self, x):
        return self.out(nnx.relu(self.fc2(nnx.relu(self.fc1(x)))))


model = MLP(nnx.Rngs(0))
# The spec's input and weights (those of "Define an MLP"), made with NumPy: they stand in for
# trained ones and make every framework's artefact compute the same numbers.
rng = np.random.default_rng(0)
x_np = rng.standard_normal((8, 20), dtype=np.float32)
weights = [  # (W as (in, out), b) for each layer
    (rng.standard_normal((n_in, n_out), dtype=np.float32) / n_in**0.5,
     0.1 * rng.standard_normal(n_out, dtype=np.float32))
    for n_in, n_out in [(20, 64), (64, 64), (64, 3)]
]
for layer, (W, b) in zip([model.fc1, model.fc2, model.out], weights):  # kernels are (in, out)
    layer.kernel[...] = jnp.asarray(W)
    layer.bias[...] = jnp.asarray(b)
expected = np.asarray(model(x_np))

# Export needs a pure function: split the module into its structure and its arrays.
graphdef, state = nnx.split(model)


def predict(x):
    return nnx.merge(graphdef, state)(x)  # the weights become constants in the artefact


# "b" is a symbolic batch size, so one artefact serves any batch size.
input_spec = jax.ShapeDtypeStruct(jax.export.symbolic_shape("b, 20"), jnp.float32)
exported = jax.export.export(jax.jit(predict))(input_spec)

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "mlp.jax_exported"
    path.write_bytes(exported.serialize())  # StableHLO plus calling convention, as bytes

    # Reloading needs only JAX, not the MLP class.
    reloaded = jax.export.deserialize(bytearray(path.read_bytes()))

out, other = np.asarray(reloaded.call(x_np)), np.asarray(reloaded.call(x_np[:3]))
print(f"input {reloaded.in_avals[0]} on {reloaded.platforms}")
max_diff = float(np.abs(out - expected).max())
print(f"reloaded: output {out.shape} (and {other.shape} for 3 rows), max difference {max_diff:.1e}")
assert out.shape == (8, 3) and other.shape == (3, 3) and max_diff <= 1e-5
print("RESULT", json.dumps({"shape": list(out.shape), "other_batch_shape": list(other.shape),
                            "max_abs_diff": max_diff, "logits_row0": np.round(out[0].astype(float), 4).tolist(),
                            "logits_sum": round(float(out.sum()), 4)}))
