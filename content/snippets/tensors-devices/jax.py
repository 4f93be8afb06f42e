import jax
import jax.numpy as jnp
import numpy as np

# From Python values: float32 by default (JAX keeps 64-bit off unless enabled).
a = jnp.array([[1.0, 2.0], [3.0, 4.0]])

# Random numbers come from an explicit key that you split, never from a global seed.
key = jax.random.key(0)
key, sub = jax.random.split(key)
b = jax.random.normal(sub, (2, 2))

c = a * 2 + b    # elementwise
d = a @ b        # matrix product, same as jnp.matmul(a, b)
print(d.shape, d.dtype, d.device)
assert c.shape == d.shape == (2, 2) and c.dtype == jnp.float32

# Arrays are immutable: an "update" returns a new array.
e = a.at[0, 0].set(10.0)
assert a[0, 0] == 1.0 and e[0, 0] == 10.0

# Place an array on a device explicitly (here the first CPU device).
cpu = jax.devices("cpu")[0]
f = jax.device_put(np.ones((2, 2), dtype=np.float32), cpu)
print(f"devices: {jax.devices()}, f on {f.device}")

# JAX -> NumPy copies to host memory; NumPy -> JAX with jnp.asarray.
d_np = np.asarray(d)
back = jnp.asarray(d_np)
assert isinstance(d_np, np.ndarray) and jnp.allclose(back, d)
assert np.allclose(d_np, np.asarray(a) @ np.asarray(b), atol=1e-5)
