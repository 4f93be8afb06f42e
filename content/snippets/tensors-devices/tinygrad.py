# tinygrad compiles kernels for the CPU with clang, which must be installed.
import json

import numpy as np
from tinygrad import Device, Tensor, dtypes

# The default device is the best one found (CUDA, METAL, AMD, … else CPU); the DEV environment
# variable (e.g. DEV=CPU) overrides it. Tensors are moved with .to(device).
print("default device:", Device.DEFAULT)
a = Tensor([[1.0, 2.0], [3.0, 4.0]])  # from Python floats: float32 by default
# The spec's shared data comes from NumPy, so every framework multiplies the same numbers.
b = Tensor(np.random.default_rng(0).standard_normal((2, 2), dtype=np.float32))
Tensor.manual_seed(0)  # tinygrad's own generator (its numbers are its own)
noise = Tensor.randn(2, 2)
c = a * 2 + b  # elementwise arithmetic
d = a @ b  # matrix product; lazy until realized
i = Tensor.arange(6).reshape(2, 3)  # integers are int32
print(i.dtype, i.cast(dtypes.float32).mean().item())  # .item() gives a Python number
# To NumPy: .numpy() runs the kernels and copies the values to host memory.
d_np = d.numpy()
print(d.shape, d.dtype, d.device)
assert np.allclose(d_np, a.numpy() @ b.numpy(), atol=1e-6)
assert ((a + Tensor.ones(2, 2)) == (a + 1)).all().item() and noise.shape == (2, 2)
print(f"a @ b:\n{d_np}")
print("RESULT", json.dumps({"matmul": np.round(d_np.astype(float), 4).tolist(), "shape": list(d.shape),
                            "dtype": str(d_np.dtype)}))
