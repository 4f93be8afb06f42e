import json
import os

os.environ["KERAS_BACKEND"] = "jax"  # the site runs Keras 3 on the JAX backend

import jax
import numpy as np
from keras import ops


# Keras 3 has no backend-neutral gradient API: you use the backend's own.
# On JAX that is jax.grad, and it differentiates functions written in keras.ops.
def f(x):
    # The spec's scalar function of a vector: sum(x^2 * sin(x)).
    return ops.sum(x**2 * ops.sin(x))


x = ops.convert_to_tensor([0.5, -1.0, 2.0, 3.0])
value, grad = jax.value_and_grad(f)(x)
by_hand = 2.0 * x * ops.sin(x) + x**2 * ops.cos(x)  # d/dx (x^2 sin x)
print("autodiff:", np.round(ops.convert_to_numpy(grad), 4))
print("by hand: ", np.round(ops.convert_to_numpy(by_hand), 4))
assert np.allclose(ops.convert_to_numpy(grad), ops.convert_to_numpy(by_hand), atol=1e-5)
print("RESULT", json.dumps({"value": round(float(value), 4),
                            "grad": np.round(ops.convert_to_numpy(grad).astype(float), 4).tolist()}))
