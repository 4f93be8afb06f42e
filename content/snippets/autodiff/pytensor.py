# Written for PyTensor 3.0.7, the newest release for Python 3.11 (this site's snippet
# environment); PyTensor 3.1 and later need Python 3.12.
import json

import numpy as np
import pytensor
import pytensor.tensor as pt

# PyTensor builds a symbolic graph first: x is a placeholder for a float32 vector, not a value.
x = pt.vector("x", dtype="float32")
f = pt.sum(x**2 * pt.sin(x))  # the spec's scalar function: sum(x^2 * sin(x))

# pytensor.grad differentiates the graph symbolically (reverse mode) and returns a new graph.
g = pytensor.grad(f, wrt=x)
g_hand = 2 * x * pt.sin(x) + x**2 * pt.cos(x)  # by hand: d/dx [x^2 sin x] = 2x sin x + x^2 cos x

# pytensor.function rewrites the graphs and compiles them into one callable (with Numba, the
# default backend of PyTensor 3.0.7; mode="C" picks the C backend).
fn = pytensor.function([x], [f, g, g_hand])
value, grad, grad_hand = fn(np.array([0.5, -1.0, 2.0, 3.0], dtype=np.float32))
print(f"f(x) = {value:.4f}")
print("grad:", grad, grad.dtype)
assert grad.dtype == np.float32
assert np.allclose(grad, grad_hand, atol=1e-5)
print("RESULT", json.dumps({"value": round(float(value), 4),
                            "grad": np.round(grad.astype(float), 4).tolist()}))
