import time

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 3))
model.eval()

# torch.compile returns a wrapper; nothing happens until the first call. Then
# TorchDynamo captures forward() as a graph and Inductor generates fused C++
# kernels for it (a C compiler must be installed). fullgraph=True makes any
# graph break (code Dynamo cannot capture) an error instead of a silent fallback.
compiled = torch.compile(model, fullgraph=True)

x = torch.randn(256, 20)
with torch.inference_mode():
    start = time.perf_counter()
    out_compiled = compiled(x)
    first = time.perf_counter() - start

    out_eager = model(x)  # plain eager execution of the same module

    start = time.perf_counter()
    compiled(x)  # same shapes and dtypes: the compiled code is reused
    second = time.perf_counter() - start

assert torch.allclose(out_compiled, out_eager, atol=1e-5)
print(f"first call (compiles) {first:.1f} s, second call {second * 1000:.2f} ms")
print(f"compiled and eager agree, max difference {(out_compiled - out_eager).abs().max():.1e}")
