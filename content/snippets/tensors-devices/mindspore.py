import json

import mindspore as ms
import numpy as np
from mindspore import ops

# MindSpore picks the hardware per process, not per tensor: "CPU", "GPU" or "Ascend" (Huawei's
# NPU). There is no .to(device); tensors are placed where the process computes.
ms.set_device("CPU")
a = ms.Tensor([[1.0, 2.0], [3.0, 4.0]], dtype=ms.float32)  # from Python floats
# The spec's shared data comes from NumPy, so every framework multiplies the same numbers.
b = ms.Tensor(np.random.default_rng(0).standard_normal((2, 2), dtype=np.float32))
ms.set_seed(0)  # MindSpore's own global seed (its numbers are its own)
noise = ops.randn(2, 2)
c = a * 2 + b  # elementwise arithmetic
d = a @ b  # matrix product (ops.matmul)
print(d.shape, d.dtype, ms.get_context("device_target"))
i = ops.arange(6).reshape(2, 3)  # integers are int64
print(i.dtype, i.astype(ms.float32).mean().item())  # .item() gives a Python number
# To NumPy: .asnumpy() copies the values back to host memory.
d_np = d.asnumpy()
assert np.allclose(d_np, a.asnumpy() @ b.asnumpy(), atol=1e-6)
assert (a + ops.ones((2, 2), ms.float32)).equal(a + 1).all() and noise.shape == (2, 2)
print(f"a @ b:\n{d_np}")
print("RESULT", json.dumps({"matmul": np.round(d_np.astype(float), 4).tolist(), "shape": list(d.shape),
                            "dtype": str(d_np.dtype)}))
