import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "2"  # keep TensorFlow's C++ start-up logs out of the output

import time

import numpy as np
import tensorflow as tf


class MLP(tf.Module):
    def __init__(self, seed, sizes=(20, 64, 64, 3)):
        super().__init__()
        rng = tf.random.Generator.from_seed(seed)  # same seed -> same initial weights
        pairs = list(zip(sizes, sizes[1:]))
        self.ws = [tf.Variable(rng.normal([m, n], stddev=(2 / m) ** 0.5)) for m, n in pairs]
        self.bs = [tf.Variable(tf.zeros([n])) for n in sizes[1:]]

    def __call__(self, x):
        for w, b in zip(self.ws[:-1], self.bs[:-1]):
            x = tf.nn.relu(x @ w + b)
        return x @ self.ws[-1] + self.bs[-1]


def make_step(model, optimizer):
    def step(x, y):
        with tf.GradientTape() as tape:
            loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(y, model(x)))
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables))
        return loss

    return step


tf.random.set_seed(0)
W = tf.random.normal([20, 3])
X = tf.random.normal([1024, 20])
y = tf.argmax(X @ W, axis=1)
batches = list(tf.data.Dataset.from_tensor_slices((X, y)).batch(64))

models, losses = {}, {}
for mode in ("eager", "xla"):
    model = MLP(seed=1)
    optimizer = tf.keras.optimizers.Adam(1e-3)  # TF 2's optimizers live in tf.keras
    step = make_step(model, optimizer)
    if mode == "xla":
        # tf.function traces the step into a graph; jit_compile=True compiles that graph
        # with XLA, fusing ops into fewer kernels (without it the graph runs op by op)
        step = tf.function(step, jit_compile=True)
    start = time.perf_counter()
    losses[mode] = [float(step(xb, yb)) for xb, yb in batches]
    models[mode] = model
    print(f"{mode:5}: one epoch in {time.perf_counter() - start:.2f} s")

diff = np.abs(models["xla"](X).numpy() - models["eager"](X).numpy()).max()
print(f"XLA (time includes compiling) vs eager after one epoch: max difference {diff:.1e}")
assert np.allclose(losses["xla"], losses["eager"], atol=1e-5) and diff < 1e-4
