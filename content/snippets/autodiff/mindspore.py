import json

import mindspore as ms
from mindspore import ops

ms.set_device("CPU")


def f(x):
    # The spec's scalar function of a vector: sum(x^2 * sin(x)).
    return (x**2 * ops.sin(x)).sum()


# Functional, like JAX: ms.value_and_grad(f) returns a new function giving f(x) and df/dx.
# Tensors carry no .grad and there is no backward().
x = ms.Tensor([0.5, -1.0, 2.0, 3.0], ms.float32)
value, grad = ms.value_and_grad(f)(x)
# By hand: d/dx [x^2 sin x] = 2x sin x + x^2 cos x
by_hand = 2 * x * ops.sin(x) + x**2 * ops.cos(x)
assert ops.isclose(grad, by_hand, atol=1e-5).all()
assert ops.isclose(ms.grad(f)(x), grad).all()  # ms.grad: the gradient alone
print(f"f(x) = {value.item():.4f}")
print("gradient:", [round(v, 4) for v in grad.asnumpy().tolist()])
print("RESULT", json.dumps({"value": round(value.item(), 4), "grad": [round(v, 4) for v in grad.asnumpy().tolist()]}))
