import paddle
from paddle import nn

paddle.device.set_device("cpu")


class MLP(nn.Layer):
    def __init__(self, in_features=20, hidden=64, classes=3):
        super().__init__()
        self.layers = nn.Sequential(
            nn.Linear(in_features, hidden),  # weight is stored as (in, out)
            nn.ReLU(),
            nn.Linear(hidden, hidden),
            nn.ReLU(),
            nn.Linear(hidden, classes),  # raw logits; the loss applies softmax
        )

    def forward(self, x):
        return self.layers(x)


paddle.seed(0)
model = MLP()
print(model)

x = paddle.randn([8, 20])
logits = model(x)
n_params = sum(p.numel().item() for p in model.parameters())
print(f"output shape: {tuple(logits.shape)}, parameters: {n_params}")
assert tuple(logits.shape) == (8, 3)
assert n_params == 20 * 64 + 64 + 64 * 64 + 64 + 64 * 3 + 3
