import json

import numpy as np
import torch
from torch import nn

# The spec's input and weights (those of "Define an MLP") from NumPy, plus 8 labels.
rng = np.random.default_rng(0)
x_np = rng.standard_normal((8, 20), dtype=np.float32)
weights = [  # (W as (in, out), b) for each layer
    (rng.standard_normal((n_in, n_out), dtype=np.float32) / n_in**0.5,
     0.1 * rng.standard_normal(n_out, dtype=np.float32))
    for n_in, n_out in [(20, 64), (64, 64), (64, 3)]
]
y_np = rng.integers(0, 3, size=8)
lr, eps = 1e-3, 1e-8


def float32_reference(x):  # the same forward pass in float32 with NumPy
    for i, (W, b) in enumerate(weights):
        x = x @ W + b
        x = np.maximum(x, 0) if i < 2 else x
    return x


model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 3))
with torch.no_grad():  # nn.Linear stores (out, in): transpose
    for layer, (W, b) in zip([m for m in model if isinstance(m, nn.Linear)], weights):
        layer.weight.copy_(torch.from_numpy(W.T))
        layer.bias.copy_(torch.from_numpy(b))
optimizer = torch.optim.Adam(model.parameters(), lr=lr, eps=eps)
x, y = torch.from_numpy(x_np), torch.from_numpy(y_np)
before = model[0].weight.detach().clone()

# Autocast picks the device type: on a GPU, torch.autocast("cuda", dtype=torch.bfloat16) (or
# float16 with a torch.amp.GradScaler); this site runs on a CPU.
device_type = "cuda" if torch.cuda.is_available() else "cpu"
optimizer.zero_grad()
# Inside autocast, matrix products run in bfloat16; the float32 weights are cast on the fly.
# Precision-sensitive ops such as the loss stay float32.
with torch.autocast(device_type, dtype=torch.bfloat16):
    logits = model(x)
    loss = nn.functional.cross_entropy(logits, y)
# bfloat16 has float32's exponent range, so no GradScaler is needed.
loss.backward()
optimizer.step()

weight = model[0].weight
compute = str(logits.dtype).removeprefix("torch.")
param, grad = (str(t.dtype).removeprefix("torch.") for t in (weight, weight.grad))
updated = not torch.equal(weight.detach(), before)
logits_f32 = logits.detach().float().numpy()
print(f"loss {loss.item():.3f} ({loss.dtype})")
# Proof that the compute really ran in bfloat16: the logits are off the float32 result by
# bfloat16's rounding (8 bits of mantissa), far more than float32 would be (about 1e-7).
diff = float(np.abs(np.asarray(logits_f32) - float32_reference(x_np)).max())
print(f"compute {compute}, weights {param}, gradients {grad}; logits differ from float32 by {diff:.1e}")
assert compute == "bfloat16" and param == grad == "float32" and 1e-4 < diff < 0.1 and updated
print("RESULT", json.dumps({"compute_dtype": compute, "param_dtype": param, "grad_dtype": grad,
                            "max_diff_from_float32": round(diff, 3), "weights_updated": bool(updated)}))
