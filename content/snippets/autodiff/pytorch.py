import json

import torch


def f(x):
    # The spec's scalar function of a vector: sum(x^2 * sin(x)).
    return (x**2 * torch.sin(x)).sum()


x = torch.tensor([0.5, -1.0, 2.0, 3.0], requires_grad=True)  # ask autograd to record operations on x
y = f(x)  # a scalar
y.backward()  # fills x.grad with dy/dx
# By hand: d/dx [x^2 sin x] = 2x sin x + x^2 cos x
xd = x.detach()
by_hand = 2 * xd * torch.sin(xd) + xd**2 * torch.cos(xd)
assert torch.allclose(x.grad, by_hand, atol=1e-5)

# .grad accumulates: a second backward() would add to it. torch.autograd.grad returns the
# gradient instead, leaving .grad alone.
(g,) = torch.autograd.grad(f(x), x)
assert torch.allclose(g, by_hand, atol=1e-5)
print(f"f(x) = {y.item():.4f}")
print("gradient:", [round(v, 4) for v in x.grad.tolist()])
print("RESULT", json.dumps({"value": round(y.item(), 4), "grad": [round(v, 4) for v in x.grad.tolist()]}))
