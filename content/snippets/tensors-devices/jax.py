import json

import jax
import jax.numpy as jnp
import numpy as np

# jax.devices() lists the best backend installed first: a GPU with jax[cuda12], else the CPU
# (this site runs on a CPU), so this one line picks an accelerator when there is one.
device = jax.devices()[0]
# From Python values: float32 by default (JAX keeps 64-bit off unless enabled).
a = jnp.array([[1.0, 2.0], [3.0, 4.0]])
# The spec's shared data comes from NumPy, so every framework multiplies the same numbers.
b = jnp.asarray(np.random.default_rng(0).standard_normal((2, 2), dtype=np.float32))
# JAX's own random numbers come from an explicit key that you split, never from a global seed.
key, sub = jax.random.split(jax.random.key(0))
noise = jax.random.normal(sub, (2, 2))
c = a * 2 + b  # elementwise
d = a @ b  # matrix product, same as jnp.matmul(a, b)
print(d.shape, d.dtype, d.device)
assert c.shape == d.shape == noise.shape == (2, 2) and c.dtype == jnp.float32

# Arrays are immutable: an "update" returns a new array.
e = a.at[0, 0].set(10.0)
assert a[0, 0] == 1.0 and e[0, 0] == 10.0

# Place an array on a device explicitly.
f = jax.device_put(np.ones((2, 2), dtype=np.float32), device)
print(f"devices: {jax.devices()}, f on {f.device}")

# JAX -> NumPy copies to host memory; NumPy -> JAX with jnp.asarray.
d_np = np.asarray(d)
back = jnp.asarray(d_np)
assert isinstance(d_np, np.ndarray) and jnp.allclose(back, d)
assert np.allclose(d_np, np.asarray(a) @ np.asarray(b), atol=1e-5)
print("RESULT", json.dumps({"matmul": np.round(d_np.astype(float), 4).tolist(), "shape": list(d.shape), "dtype": str(d.dtype)}))
