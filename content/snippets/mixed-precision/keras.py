import json
import os

os.environ["KERAS_BACKEND"] = "jax"  # the site runs Keras 3 on the JAX backend

import keras
import numpy as np
from keras import ops

# Every layer built from now on computes in bfloat16 but keeps float32 variables
keras.mixed_precision.set_dtype_policy("mixed_bfloat16")

model = keras.Sequential(
    [
        keras.Input(shape=(20,)),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(3),
    ]
)
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


for layer, (W, b) in zip(model.layers, weights):  # Dense kernels are (in, out)
    layer.set_weights([W, b])
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=lr, epsilon=eps),  # Keras's default is 1e-7
    # the loss casts the bfloat16 logits to float32 before the softmax
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
)

hidden = model.layers[0]
logits = model(x_np)
before = ops.convert_to_numpy(hidden.kernel.value)
loss = model.train_on_batch(x_np, y_np)  # one training step

policy = hidden.dtype_policy
print(f"{policy.name}: compute in {policy.compute_dtype}, variables in {policy.variable_dtype}")
print(f"loss for the step: {float(loss):.3f}")
compute = keras.backend.standardize_dtype(logits.dtype)  # what the layers actually returned
param = {v.dtype for v in model.trainable_variables}
assert len(param) == 1
param = param.pop()
grad = None  # train_on_batch does not hand out the gradients (the spec allows this difference)
updated = not np.array_equal(ops.convert_to_numpy(hidden.kernel.value), before)  # in float32
logits_f32 = ops.convert_to_numpy(ops.cast(logits, "float32"))
# Proof that the compute really ran in bfloat16: the logits are off the float32 result by
# bfloat16's rounding (8 bits of mantissa), far more than float32 would be (about 1e-7).
diff = float(np.abs(np.asarray(logits_f32) - float32_reference(x_np)).max())
print(f"compute {compute}, weights {param}, gradients {grad}; logits differ from float32 by {diff:.1e}")
assert compute == "bfloat16" and param == "float32" and 1e-4 < diff < 0.1 and updated
print("RESULT", json.dumps({"compute_dtype": compute, "param_dtype": param, "grad_dtype": grad,
                            "max_diff_from_float32": round(diff, 3), "weights_updated": bool(updated)}))
