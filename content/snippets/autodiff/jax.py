import json

import jax
import jax.numpy as jnp
import numpy as np


def f(x):
    # The spec's scalar function of a vector: sum(x^2 * sin(x)).
    return jnp.sum(x**2 * jnp.sin(x))


x = jnp.array([0.5, -1.0, 2.0, 3.0])

# jax.grad turns f into a new function that returns df/dx.
g = jax.grad(f)(x)
# By hand: d/dx [x^2 sin x] = 2x sin x + x^2 cos x
g_hand = 2 * x * jnp.sin(x) + x**2 * jnp.cos(x)

# value_and_grad gives both in one pass.
value, g2 = jax.value_and_grad(f)(x)
print(f"f(x) = {value:.4f}")
print("grad:", g)
assert jnp.allclose(g, g_hand, atol=1e-5)
assert jnp.allclose(g2, g_hand, atol=1e-5)
print("RESULT", json.dumps({"value": round(float(value), 4),
                            "grad": np.round(np.asarray(g, dtype=float), 4).tolist()}))
