import json

import mlx.core as mx
import numpy as np


def f(x):
    # The spec's scalar function of a vector: sum(x^2 * sin(x)).
    return mx.sum(x**2 * mx.sin(x))


x = mx.array([0.5, -1.0, 2.0, 3.0])

# mx.grad turns f into a new function returning df/dx (for the first argument unless argnums
# says otherwise), as jax.grad does; nothing has to be marked as "requires grad".
g = mx.grad(f)(x)
# By hand: d/dx [x^2 sin x] = 2x sin x + x^2 cos x
g_hand = 2 * x * mx.sin(x) + x**2 * mx.cos(x)

# value_and_grad gives both from one trace.
value, g2 = mx.value_and_grad(f)(x)
mx.eval(g, g_hand, value, g2)  # the graph is lazy until here
print(f"f(x) = {value.item():.4f}")
print("grad:", g)
assert mx.allclose(g, g_hand, atol=1e-5).item()
assert mx.allclose(g2, g_hand, atol=1e-5).item()
print("RESULT", json.dumps({"value": round(value.item(), 4),
                            "grad": np.round(np.array(g).astype(float), 4).tolist()}))
