import json

import numpy as np
import paddle

# With a GPU build of Paddle this would pick the GPU; this site runs on a CPU.
device = "gpu" if paddle.device.is_compiled_with_cuda() else "cpu"
paddle.device.set_device(device)  # new tensors are placed on this device from here on
a = paddle.to_tensor([[1.0, 2.0], [3.0, 4.0]])  # from Python floats: float32 by default
# The spec's shared data comes from NumPy, so every framework multiplies the same numbers.
b = paddle.to_tensor(np.random.default_rng(0).standard_normal((2, 2), dtype=np.float32))
paddle.seed(0)  # Paddle's own global generator (its numbers are its own)
noise = paddle.randn([2, 2])
c = a * 2 + b  # elementwise arithmetic
d = a @ b  # matrix product
print(d.shape, d.dtype, d.place)
i = paddle.arange(6).reshape([2, 3])  # integers are int64
print(i.dtype, i.astype("float32").mean().item())  # .item() gives a Python number
# To NumPy: .numpy() copies the values back to host memory.
d_np = d.numpy()
e = paddle.to_tensor(np.ones((2, 2), dtype=np.float32))
assert np.allclose(d_np, a.numpy() @ b.numpy(), atol=1e-6)
assert paddle.equal_all(a + e, a + 1).item() and noise.shape == [2, 2]
print(f"a @ b on {device}:\n{d_np}")
print("RESULT", json.dumps({"matmul": np.round(d_np.astype(float), 4).tolist(), "shape": list(d.shape), "dtype": str(d.dtype).removeprefix("paddle.")}))
