import torch

torch.manual_seed(0)
x = torch.randn(5, requires_grad=True)  # ask autograd to record operations on x


def f(x):
    return (x**2).sum() + torch.sin(x).sum()


y = f(x)  # a scalar
y.backward()  # fills x.grad with dy/dx

by_hand = 2 * x.detach() + torch.cos(x.detach())
assert torch.allclose(x.grad, by_hand)

# torch.autograd.grad returns the gradient instead of accumulating it into .grad
(g,) = torch.autograd.grad(f(x), x)
assert torch.allclose(g, by_hand)
print("gradient:", [round(v, 4) for v in x.grad.tolist()])
