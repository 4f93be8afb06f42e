import json
import os

os.environ["KERAS_BACKEND"] = "jax"  # the site runs Keras 3 on the JAX backend

import keras
import numpy as np
from keras import ops

# From Python values, and the spec's shared data from NumPy (every framework multiplies the same numbers)
a = ops.convert_to_tensor([[1.0, 2.0], [3.0, 4.0]])
b = ops.convert_to_tensor(np.random.default_rng(0).standard_normal((2, 2), dtype=np.float32))
# Keras's own seeded random numbers (backend-dependent values)
noise = keras.random.normal((2, 3), seed=keras.random.SeedGenerator(0))
c = a * 2 + 1  # elementwise arithmetic
d = ops.matmul(a, b)  # (2, 2) @ (2, 2)

# Keras tensors are the backend's own arrays (a jax.Array here), so .devices() is JAX's
print("shape:", d.shape, "dtype:", keras.backend.standardize_dtype(d.dtype), "on", d.devices())
print("devices Keras can see:", keras.distribution.list_devices())

# Place new tensors on a chosen device with a scope. On a machine with a GPU:
# keras.device("gpu:0"); this site runs on a CPU.
with keras.device("cpu:0"):
    e = ops.zeros((3,), dtype="int32")

# To NumPy and back
n = ops.convert_to_numpy(d)
back = ops.convert_to_tensor(n)
assert isinstance(n, np.ndarray) and n.shape == (2, 2) and noise.shape == (2, 3)
assert np.allclose(ops.convert_to_numpy(c), [[3.0, 5.0], [7.0, 9.0]])
assert np.allclose(n, ops.convert_to_numpy(a) @ ops.convert_to_numpy(b), atol=1e-6)
assert ops.all(ops.equal(back, d)) and e.dtype == "int32"
print("RESULT", json.dumps({"matmul": np.round(n.astype(float), 4).tolist(), "shape": list(d.shape),
                            "dtype": keras.backend.standardize_dtype(d.dtype)}))
