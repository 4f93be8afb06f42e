import json
import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "2"  # keep TensorFlow's C++ start-up logs out of the output

import numpy as np
import tensorflow as tf

COMPUTE = tf.bfloat16  # bfloat16 keeps float32's exponent range: no loss scaling needed


class Dense(tf.Module):
    def __init__(self, W, b):
        super().__init__()
        # The master weights stay float32 so that small updates are not rounded away
        self.w = tf.Variable(W)
        self.b = tf.Variable(b)

    def __call__(self, x):
        # Cast the weights to the compute type on every call; gradients flow back
        # through the cast and arrive in float32
        return x @ tf.cast(self.w, COMPUTE) + tf.cast(self.b, COMPUTE)


class MLP(tf.Module):
    def __init__(self, weights):
        super().__init__()
        self.layers = [Dense(W, b) for W, b in weights]

    def __call__(self, x):
        x = tf.cast(x, COMPUTE)
        for layer in self.layers[:-1]:
            x = tf.nn.relu(layer(x))
        return self.layers[-1](x)  # bfloat16 logits


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


model = MLP(weights)  # the spec's weights, (in, out)
# TF 2's optimizers live in tf.keras; Adam's epsilon defaults to 1e-7 there
optimizer = tf.keras.optimizers.Adam(lr, epsilon=eps)
before = model.layers[0].w.numpy()

with tf.GradientTape() as tape:
    logits = model(x_np)
    # the softmax and loss in float32
    loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(y_np, tf.cast(logits, tf.float32)))
grads = tape.gradient(loss, model.trainable_variables)
optimizer.apply_gradients(zip(grads, model.trainable_variables))

print(f"loss for the step: {float(loss):.3f}")
compute = logits.dtype.name
(param,) = {v.dtype.name for v in model.trainable_variables}
(grad,) = {g.dtype.name for g in grads}
updated = not np.array_equal(model.layers[0].w.numpy(), before)  # the float32 weights changed
logits_f32 = tf.cast(logits, tf.float32).numpy()
# Proof that the compute really ran in bfloat16: the logits are off the float32 result by
# bfloat16's rounding (8 bits of mantissa), far more than float32 would be (about 1e-7).
diff = float(np.abs(np.asarray(logits_f32) - float32_reference(x_np)).max())
print(f"compute {compute}, weights {param}, gradients {grad}; logits differ from float32 by {diff:.1e}")
assert compute == "bfloat16" and param == grad == "float32" and 1e-4 < diff < 0.1 and updated
print("RESULT", json.dumps({"compute_dtype": compute, "param_dtype": param, "grad_dtype": grad,
                            "max_diff_from_float32": round(diff, 3), "weights_updated": bool(updated)}))
