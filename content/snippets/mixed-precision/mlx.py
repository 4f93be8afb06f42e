import json

import mlx.core as mx
import mlx.nn as nn
import mlx.optimizers as optim
import numpy as np
from mlx.utils import tree_flatten, tree_map

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
# mlx.nn.Linear stores (out, in): transpose
model.load_weights([(f"layers.{i}.{name}", mx.array(value))
                    for i, (W, b) in zip([0, 2, 4], weights)
                    for name, value in [("weight", W.T), ("bias", b)]])
# MLX's Adam has bias_correction=False by default; the spec's Adam corrects.
optimizer = optim.Adam(learning_rate=lr, betas=[0.9, 0.999], eps=eps, bias_correction=True)
x, y = mx.array(x_np), mx.array(y_np)
before = np.array(model.layers[0].weight)

# MLX has no autocast: an operation computes in the type of its inputs (float32 weights times
# bfloat16 inputs would promote back to float32). Mixed precision is written out instead: the
# float32 master weights are the differentiated argument, and the loss function runs the model
# on a bfloat16 copy of them. (model.set_dtype(mx.bfloat16) would make the whole model
# bfloat16, master weights included.)


def loss_fn(params, x, y):
    model.update(tree_map(lambda p: p.astype(mx.bfloat16), params))  # the compute copy
    logits = model(x.astype(mx.bfloat16))  # every matrix product in bfloat16
    # Softmax and loss in float32; bfloat16 has float32's exponent range: no loss scaling.
    loss = nn.losses.cross_entropy(logits.astype(mx.float32), y, reduction="mean")
    return loss, logits


master = model.trainable_parameters()  # float32
# The cast to bfloat16 is differentiated too, so the gradients come back in float32.
(loss, logits), grads = mx.value_and_grad(loss_fn)(master, x, y)
model.update(optimizer.apply_gradients(grads, master))  # float32 update of the float32 weights
mx.eval(model.parameters(), optimizer.state, loss, logits)

param_dtypes = {str(p.dtype) for _, p in tree_flatten(model.parameters())}
grad_dtypes = {str(g.dtype) for _, g in tree_flatten(grads)}
assert len(param_dtypes) == len(grad_dtypes) == 1
compute, param, grad = (str(d).removeprefix("mlx.core.")
                        for d in (logits.dtype, param_dtypes.pop(), grad_dtypes.pop()))
updated = not np.array_equal(np.array(model.layers[0].weight), before)
logits_f32 = np.array(logits.astype(mx.float32))
print(f"loss {loss.item():.3f} ({loss.dtype})")
# Proof that the compute really ran in bfloat16: the logits are off the float32 result by
# bfloat16's rounding (8 bits of mantissa), far more than float32 would be (about 1e-7).
diff = float(np.abs(logits_f32 - float32_reference(x_np)).max())
print(f"compute {compute}, weights {param}, gradients {grad}; logits differ from float32 by {diff:.1e}")
assert compute == "bfloat16" and param == grad == "float32" and 1e-4 < diff < 0.1 and updated
print("RESULT", json.dumps({"compute_dtype": compute, "param_dtype": param, "grad_dtype": grad,
                            "max_diff_from_float32": round(diff, 3), "weights_updated": bool(updated)}))
