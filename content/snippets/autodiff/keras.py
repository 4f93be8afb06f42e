import os

os.environ["KERAS_BACKEND"] = "jax"  # the site runs Keras 3 on the JAX backend

import jax
import numpy as np
from keras import ops

# Keras 3 has no backend-neutral gradient API: you use the backend's own.
# On JAX that is jax.grad, and it differentiates functions written in keras.ops.


def f(x):
    return ops.sum(x**3 + 2.0 * ops.sin(x))


x = ops.convert_to_tensor([0.5, -1.0, 2.0])
grad = jax.grad(f)(x)

by_hand = 3.0 * x**2 + 2.0 * ops.cos(x)  # d/dx (x^3 + 2 sin x)
print("autodiff:", np.round(ops.convert_to_numpy(grad), 4))
print("by hand: ", np.round(ops.convert_to_numpy(by_hand), 4))
assert np.allclose(ops.convert_to_numpy(grad), ops.convert_to_numpy(by_hand), atol=1e-5)
