import json
import os
import time

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "2"  # keep TensorFlow's C++ start-up logs out of the output

import numpy as np
import tensorflow as tf

# The spec's data and starting weights, from NumPy: the first 512 rows of the training-loop
# recipe, fed in order as 8 batches of 64, and the weights of "Define an MLP".
rng = np.random.default_rng(0)
X = rng.standard_normal((1280, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
X, y = X[:512], y[:512]
wrng = np.random.default_rng(0)
wrng.standard_normal((8, 20), dtype=np.float32)  # (define-mlp's input: skipped, weights follow)
weights = [
    (wrng.standard_normal((n_in, n_out), dtype=np.float32) / n_in**0.5,
     0.1 * wrng.standard_normal(n_out, dtype=np.float32))
    for n_in, n_out in [(20, 64), (64, 64), (64, 3)]
]
lr, eps, batch_size = 1e-3, 1e-8, 64


class MLP(tf.Module):
    def __init__(self):
        super().__init__()
        self.ws = [tf.Variable(W) for W, _ in weights]  # the spec's weights, (in, out)
        self.bs = [tf.Variable(b) for _, b in weights]

    def __call__(self, x):
        for w, b in zip(self.ws[:-1], self.bs[:-1]):
            x = tf.nn.relu(x @ w + b)
        return x @ self.ws[-1] + self.bs[-1]


def loss_of(model, x, y):
    return tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(y, model(x)))


def make_step(model, optimizer):
    def step(x, y):
        with tf.GradientTape() as tape:
            loss = loss_of(model, x, y)
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables))
        return loss

    return step


batches = list(tf.data.Dataset.from_tensor_slices((X, y)).batch(batch_size))  # in order
outputs, final_loss = {}, {}
for mode in ("eager", "compiled"):
    model = MLP()
    # TF 2's optimizers live in tf.keras; Adam's epsilon defaults to 1e-7 there
    optimizer = tf.keras.optimizers.Adam(lr, epsilon=eps)
    step = make_step(model, optimizer)
    if mode == "compiled":
        # tf.function traces the step into a graph; jit_compile=True compiles that graph
        # with XLA, fusing ops into fewer kernels (without it the graph runs op by op)
        step = tf.function(step, jit_compile=True)
    start = time.perf_counter()
    for xb, yb in batches:
        step(xb, yb)
    steps = int(optimizer.iterations)
    print(f"{mode:8}: {steps} training steps in {time.perf_counter() - start:.1f} s")
    outputs[mode] = model(X).numpy()
    final_loss[mode] = float(loss_of(model, X, y))

max_diff = float(np.abs(outputs["compiled"] - outputs["eager"]).max())
print(f"{steps} steps each; loss after training {final_loss['compiled']:.4f} compiled, "
      f"{final_loss['eager']:.4f} eager; outputs differ by at most {max_diff:.1e}")
assert steps == 8 and max_diff < 1e-4 and abs(final_loss["compiled"] - final_loss["eager"]) < 1e-5
print("RESULT", json.dumps({"steps": steps, "final_loss": round(final_loss["compiled"], 4),
                            "max_abs_diff_compiled_vs_eager": round(max_diff, 6)}))
