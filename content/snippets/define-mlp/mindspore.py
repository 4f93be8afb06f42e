import json

import mindspore as ms
import numpy as np
from mindspore import nn

ms.set_device("CPU")


class MLP(nn.Cell):
    # A MindSpore model is an nn.Cell; construct() is its forward pass.
    def __init__(self, in_features=20, hidden=64, classes=3):
        super().__init__()
        self.layers = nn.SequentialCell(
            nn.Dense(in_features, hidden), nn.ReLU(),
            nn.Dense(hidden, hidden), nn.ReLU(),
            nn.Dense(hidden, classes),  # raw logits; the loss applies softmax
        )

    def construct(self, x):
        return self.layers(x)


model = MLP()

# The spec's input and weights, made with NumPy so every framework computes the same numbers.
rng = np.random.default_rng(0)
x_np = rng.standard_normal((8, 20), dtype=np.float32)
weights = [  # (W as (in, out), b) for each layer
    (rng.standard_normal((n_in, n_out), dtype=np.float32) / n_in**0.5,
     0.1 * rng.standard_normal(n_out, dtype=np.float32))
    for n_in, n_out in [(20, 64), (64, 64), (64, 3)]
]
# nn.Dense stores its weight as (out, in), like PyTorch: transpose. Parameters are set in place.
dense = [c for c in model.layers if isinstance(c, nn.Dense)]
for layer, (W, b) in zip(dense, weights):
    layer.weight.set_data(ms.Tensor(np.ascontiguousarray(W.T)))
    layer.bias.set_data(ms.Tensor(b))

model.set_train(False)  # inference mode (matters for dropout and batch norm, not used here)
logits = model(ms.Tensor(x_np))
out = logits.asnumpy()
n_params = sum(p.size for p in model.trainable_params())
print(model)
print(f"output shape: {out.shape}, parameters: {n_params}")
assert out.shape == (8, 3)
assert n_params == 20 * 64 + 64 + 64 * 64 + 64 + 64 * 3 + 3
print("RESULT", json.dumps({"params": int(n_params), "shape": list(out.shape),
                            "logits_row0": np.round(out[0].astype(float), 4).tolist(),
                            "logits_sum": round(float(out.sum()), 4)}))
