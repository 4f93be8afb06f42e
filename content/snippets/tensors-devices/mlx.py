import json

import mlx.core as mx
import numpy as np

# MLX arrays live in memory shared by the CPU and (on Apple silicon) the GPU, so an array has no
# device of its own: each operation runs on a device, the default one unless told otherwise.
# This one line picks the GPU when the installed build has one; this site runs on a CPU.
mx.set_default_device(mx.gpu if mx.is_available(mx.gpu) else mx.cpu)
print("default device:", mx.default_device())

a = mx.array([[1.0, 2.0], [3.0, 4.0]])  # from Python floats: float32
i = mx.arange(6).reshape(2, 3)  # Python ints become int32 (not int64 as in NumPy)
# The spec's shared data comes from NumPy, so every framework multiplies the same numbers.
b = mx.array(np.random.default_rng(0).standard_normal((2, 2), dtype=np.float32))
# MLX's own generator: a global seed, or an explicit key you split as in JAX (numbers are its own).
mx.random.seed(0)
noise = mx.random.normal((2, 2), key=mx.random.key(0))
c = a * 2 + b  # elementwise arithmetic, recorded lazily
d = a @ b  # matrix product, same as mx.matmul(a, b)
e = mx.add(a, 1, stream=mx.cpu)  # one operation pinned to a device
mx.eval(c, d, e)  # MLX is lazy: this is where the work happens
print(d.shape, d.dtype, "| ints:", i.dtype, i.astype(mx.float32).mean().item())

# To NumPy (np.array copies out of MLX's buffer) and back (mx.array copies in).
d_np = np.array(d)
back = mx.array(d_np)
assert isinstance(d_np, np.ndarray) and mx.array_equal(back, d).item()
assert np.allclose(d_np, np.array(a) @ np.array(b), atol=1e-6)
assert mx.array_equal(e, a + 1).item() and noise.shape == (2, 2) and i.dtype == mx.int32
print(f"a @ b:\n{d_np}")
print("RESULT", json.dumps({"matmul": np.round(d_np.astype(float), 4).tolist(), "shape": list(d.shape),
                            "dtype": str(d.dtype).removeprefix("mlx.core.")}))
