# tinygrad compiles kernels for the CPU with clang, which must be installed.
import json

import numpy as np
from tinygrad import Tensor


def f(x):
    # The spec's scalar function of a vector: sum(x^2 * sin(x)).
    return (x**2 * x.sin()).sum()


# Unlike PyTorch there is no requires_grad flag: backward() fills .grad for every floating-point
# tensor in the graph of the result.
x = Tensor([0.5, -1.0, 2.0, 3.0])
y = f(x)
y.backward()
# By hand: d/dx [x^2 sin x] = 2x sin x + x^2 cos x
xd = x.detach()
by_hand = 2 * xd * xd.sin() + xd**2 * xd.cos()
assert np.allclose(x.grad.numpy(), by_hand.numpy(), atol=1e-5)
# Tensor.gradient returns gradients instead, without touching .grad (a functional form).
(g,) = f(xd).gradient(xd)
assert np.allclose(g.numpy(), by_hand.numpy(), atol=1e-5)
print(f"f(x) = {y.item():.4f}")
grad = [round(float(v), 4) for v in x.grad.numpy()]
print("gradient:", grad)
print("RESULT", json.dumps({"value": round(y.item(), 4), "grad": grad}))
