import json
import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "2"  # keep TensorFlow's C++ start-up logs out of the output

import numpy as np
import tensorflow as tf

a = tf.constant([[1.0, 2.0], [3.0, 4.0]])  # from Python lists: float32
n = tf.constant([1, 2, 3])  # Python ints become int32
# The spec's shared data comes from NumPy, so every framework multiplies the same numbers.
b = tf.constant(np.random.default_rng(0).standard_normal((2, 2), dtype=np.float32))
rng = tf.random.Generator.from_seed(0)  # TensorFlow's own seeded generator
u = rng.uniform(shape=(2, 2), minval=0, maxval=10, dtype=tf.int32)
d = a @ b  # matrix product
c = d + 1.0  # a broadcast addition
scaled = c * tf.cast(u, tf.float32)  # no implicit type promotion: cast first
print("d:", d.shape, d.dtype.name, d.device)
print("n:", n.dtype.name, "->", tf.cast(n, tf.float32).dtype.name)

# TensorFlow places ops on a GPU when there is one; tf.device pins them
print("devices:", [dev.name for dev in tf.config.list_logical_devices()])
gpus = tf.config.list_logical_devices("GPU")
with tf.device(gpus[0].name if gpus else "/CPU:0"):
    e = tf.exp(scaled)
print("e is on", e.device)

# Tensors are immutable; a tf.Variable holds state that can be updated in place
v = tf.Variable(tf.zeros((2, 2)))
v.assign_add(c)
as_numpy = d.numpy()  # TensorFlow -> NumPy
from_numpy = tf.convert_to_tensor(np.arange(6, dtype=np.float32).reshape(2, 3))  # NumPy -> TF
print(type(as_numpy).__name__, as_numpy.shape, "|", from_numpy.dtype.name)
assert np.allclose(as_numpy, a.numpy() @ b.numpy(), atol=1e-6)
assert np.allclose(v.numpy(), as_numpy + 1.0)
assert np.allclose(tf.reduce_sum(from_numpy), 15.0)
print("RESULT", json.dumps({"matmul": np.round(as_numpy.astype(float), 4).tolist(), "shape": d.shape.as_list(),
                            "dtype": d.dtype.name}))
