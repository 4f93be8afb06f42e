import json

import mindspore as ms
import numpy as np
from mindspore import amp, nn

ms.set_device("CPU")

# The spec's input and weights (those of "Define an MLP") from NumPy, plus 8 labels.
rng = np.random.default_rng(0)
x_np = rng.standard_normal((8, 20), dtype=np.float32)
weights = [  # (W as (in, out), b) for each layer
    (rng.standard_normal((n_in, n_out), dtype=np.float32) / n_in**0.5,
     0.1 * rng.standard_normal(n_out, dtype=np.float32))
    for n_in, n_out in [(20, 64), (64, 64), (64, 3)]
]
y_np = rng.integers(0, 3, size=8).astype(np.int32)
lr, eps = 1e-3, 1e-8


def float32_reference(x):  # the same forward pass in float32 with NumPy
    for i, (W, b) in enumerate(weights):
        x = x @ W + b
        x = np.maximum(x, 0) if i < 2 else x
    return x


model = nn.SequentialCell(nn.Dense(20, 64), nn.ReLU(), nn.Dense(64, 64), nn.ReLU(), nn.Dense(64, 3))
for layer, (W, b) in zip([c for c in model if isinstance(c, nn.Dense)], weights):
    layer.weight.set_data(ms.Tensor(np.ascontiguousarray(W.T)))  # nn.Dense stores (out, in)
    layer.bias.set_data(ms.Tensor(b))
first = model[0].weight
before = first.asnumpy().copy()

# MindSpore 2.10.0's CPU kernels for MatMul and ReLU take no bfloat16 ("Select CPU
# operator[MatMul] fail! Unsupported data type!") but do run float16, so on a CPU the low
# precision is float16. Cell.to_float casts every input of the cell and its sub-cells, Parameters
# included, to float16 as it runs; the Parameters themselves stay float32 (the master weights).
# (amp.auto_mixed_precision hands float32 logits back at every level: O1 to O3 cast the output to
# float32, and at "auto" Dense's bias add is promoted to its float32 bias.)
model.to_float(ms.float16)
loss_fn = nn.CrossEntropyLoss()
optimizer = nn.Adam(model.trainable_params(), learning_rate=lr, eps=eps)
# float16, unlike bfloat16, has a narrow exponent range: scale the loss up so that small gradients
# do not underflow, and the gradients down again before the update.
loss_scaler = amp.StaticLossScaler(scale_value=2**10)


def forward(x, y):
    logits = model(x)  # float16
    loss = loss_fn(logits.astype(ms.float32), y)  # softmax and loss in float32
    return loss_scaler.scale(loss), logits


grad_fn = ms.value_and_grad(forward, None, optimizer.parameters, has_aux=True)
model.set_train(True)
(scaled_loss, logits), grads = grad_fn(ms.Tensor(x_np), ms.Tensor(y_np))
grads = loss_scaler.unscale(grads)
finite = bool(amp.all_finite(grads))  # a step with inf/NaN gradients would be skipped
assert finite
optimizer(grads)  # float32 gradients update the float32 weights

compute = str(logits.dtype).lower()
param, grad = str(first.dtype).lower(), str(grads[0].dtype).lower()
updated = not np.array_equal(first.asnumpy(), before)
print(f"loss {loss_scaler.unscale(scaled_loss).item():.3f}")
# Proof that the compute really ran in float16: the logits are off the float32 result by
# float16's rounding (11 bits of mantissa), far more than float32 would be (about 1e-7).
diff = float(np.abs(logits.astype(ms.float32).asnumpy() - float32_reference(x_np)).max())
print(f"compute {compute}, weights {param}, gradients {grad}; logits differ from float32 by {diff:.1e}")
assert compute == "float16" and param == grad == "float32" and 1e-4 < diff < 0.1 and updated
print("RESULT", json.dumps({"compute_dtype": compute, "param_dtype": param, "grad_dtype": grad,
                            "max_diff_from_float32": round(diff, 4), "weights_updated": bool(updated)}))
