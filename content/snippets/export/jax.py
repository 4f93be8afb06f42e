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


model = MLP(nnx.Rngs(0))  # stands in for a trained model

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

x = np.random.default_rng(0).standard_normal((7, 20), dtype=np.float32)
y_ref, y_new = model(x), reloaded.call(x)
print(f"input {reloaded.in_avals[0]} on {reloaded.platforms}, output {y_new.shape}")
assert np.allclose(y_ref, y_new, atol=1e-6)
