# tinygrad compiles kernels for the CPU with clang, which must be installed.
from tinygrad import Tensor, nn


class MLP:
    # a tinygrad model is a plain class: any Tensor attributes are its parameters
    def __init__(self, in_features=20, hidden=64, classes=3):
        self.l1 = nn.Linear(in_features, hidden)
        self.l2 = nn.Linear(hidden, hidden)
        self.l3 = nn.Linear(hidden, classes)

    def __call__(self, x: Tensor) -> Tensor:
        x = self.l1(x).relu()
        x = self.l2(x).relu()
        return self.l3(x)  # raw logits; the loss applies softmax


Tensor.manual_seed(0)
model = MLP()
params = nn.state.get_parameters(model)

x = Tensor.randn(8, 20)
logits = model(x)  # lazy: this only builds the graph
out = logits.numpy()  # realizing the result runs the kernels
n_params = sum(p.numel() for p in params)
print(f"device: {x.device}, output shape: {out.shape}, parameters: {n_params}")
assert out.shape == (8, 3)
assert n_params == 20 * 64 + 64 + 64 * 64 + 64 + 64 * 3 + 3
