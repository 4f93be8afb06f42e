import json

import paddle

paddle.device.set_device("cpu")  # with a GPU build: paddle.device.set_device("gpu")


def f(x):
    # The spec's scalar function of a vector: sum(x^2 * sin(x)).
    return (x**2 * paddle.sin(x)).sum()


# Paddle tensors made by to_tensor do not track gradients unless stop_gradient is switched off.
x = paddle.to_tensor([0.5, -1.0, 2.0, 3.0], stop_gradient=False)
y = f(x)  # a scalar
y.backward()  # fills x.grad with dy/dx
# By hand: d/dx [x^2 sin x] = 2x sin x + x^2 cos x
xd = x.detach()
by_hand = 2 * xd * paddle.sin(xd) + xd**2 * paddle.cos(xd)
assert paddle.allclose(x.grad, by_hand, atol=1e-5).item()

# Like PyTorch, .grad accumulates over backward() calls; paddle.grad returns the gradient
# instead and leaves x.grad alone.
(g,) = paddle.grad(f(x), x)
assert paddle.allclose(g, by_hand, atol=1e-5).item()
print(f"f(x) = {y.item():.4f}")
print("gradient:", [round(v, 4) for v in x.grad.tolist()])
print("RESULT", json.dumps({"value": round(y.item(), 4), "grad": [round(v, 4) for v in x.grad.tolist()]}))
