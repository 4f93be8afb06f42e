import os

os.environ["KERAS_BACKEND"] = "jax"  # the site runs Keras 3 on the JAX backend

import keras
import numpy as np
from keras import ops

# From Python values and from a seeded random generator
a = ops.convert_to_tensor([[1.0, 2.0], [3.0, 4.0]])
seed = keras.random.SeedGenerator(0)
b = keras.random.normal((2, 3), seed=seed)

c = a * 2 + 1  # elementwise arithmetic
d = ops.matmul(a, b)  # (2, 2) @ (2, 3) -> (2, 3)
# Keras tensors are the backend's own arrays (a jax.Array here), so .devices() is JAX's
print("shape:", d.shape, "dtype:", keras.backend.standardize_dtype(d.dtype), "on", d.devices())
print("devices Keras can see:", keras.distribution.list_devices())

# Place new tensors on a chosen device with a scope
with keras.device("cpu:0"):
    e = ops.zeros((3,), dtype="int32")

# To NumPy and back
n = ops.convert_to_numpy(d)
back = ops.convert_to_tensor(n)
assert isinstance(n, np.ndarray) and n.shape == (2, 3)
assert np.allclose(ops.convert_to_numpy(c), [[3.0, 5.0], [7.0, 9.0]])
assert np.allclose(n, ops.convert_to_numpy(a) @ ops.convert_to_numpy(b), atol=1e-6)
assert ops.all(ops.equal(back, d)) and e.dtype == "int32"
