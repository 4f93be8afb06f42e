import json

import numpy as np
import torch

# Pick the fastest device available; this site runs on a CPU.
device = "cuda" if torch.cuda.is_available() else "cpu"
a = torch.tensor([[1.0, 2.0], [3.0, 4.0]])  # from Python values: float32 by default
# The spec's shared data comes from NumPy, so every framework multiplies the same numbers.
b = torch.from_numpy(np.random.default_rng(0).standard_normal((2, 2), dtype=np.float32))
gen = torch.Generator().manual_seed(0)
noise = torch.randn(2, 2, generator=gen)  # PyTorch's own seeded generator (its numbers are its own)
a, b = a.to(device), b.to(device)  # move both to the same device before mixing them
c = a * 2 + b  # elementwise arithmetic
d = a @ b  # matrix product
print(d.shape, d.dtype, d.device)
i = torch.arange(6).reshape(2, 3)  # integers are int64
print(i.dtype, i.float().mean().item())  # .item() turns a one-element tensor into a Python number
# To NumPy: bring the tensor back to the CPU first. On the CPU the memory is shared.
d_np = d.cpu().numpy()
e = torch.from_numpy(np.ones((2, 2), dtype=np.float32)).to(device)
assert np.allclose(d_np, a.cpu().numpy() @ b.cpu().numpy(), atol=1e-6)
assert torch.equal(a + e, a + 1) and noise.shape == (2, 2)
print(f"a @ b on {device}:\n{d_np}")
print("RESULT", json.dumps({"matmul": np.round(d_np.astype(float), 4).tolist(), "shape": list(d.shape), "dtype": str(d.dtype).removeprefix("torch.")}))
