import json
import time
from functools import partial

import mlx.core as mx
import mlx.nn as nn
import mlx.optimizers as optim
import numpy as np

# The spec's data and starting weights, from NumPy: the first 512 rows of the training-loop
# recipe, fed in order as 8 batches of 64, and the weights of "Define an MLP".
rng = np.random.default_rng(0)
X = rng.standard_normal((1280, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
X, y = mx.array(X[:512]), mx.array(y[:512])
wrng = np.random.default_rng(0)
wrng.standard_normal((8, 20), dtype=np.float32)  # (define-mlp's input: skipped, weights follow)
weights = [
    (wrng.standard_normal((n_in, n_out), dtype=np.float32) / n_in**0.5,
     0.1 * wrng.standard_normal(n_out, dtype=np.float32))
    for n_in, n_out in [(20, 64), (64, 64), (64, 3)]
]
lr, eps, batch_size = 1e-3, 1e-8, 64
traces = 0


def make_model():
    model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 3))
    # the spec's weights; mlx.nn.Linear stores (out, in): transpose
    model.load_weights([(f"layers.{i}.{name}", mx.array(value))
                        for i, (W, b) in zip([0, 2, 4], weights)
                        for name, value in [("weight", W.T), ("bias", b)]])
    return model


def loss_fn(model, x, y):
    return nn.losses.cross_entropy(model(x), y, reduction="mean")


outputs, final_loss = {}, {}
for mode in ("eager", "compiled"):
    model = make_model()
    # MLX's Adam has bias_correction=False by default; the spec's Adam corrects.
    optimizer = optim.Adam(learning_rate=lr, betas=[0.9, 0.999], eps=eps, bias_correction=True)
    optimizer.init(model.trainable_parameters())  # create the moments now, before any tracing
    loss_and_grad = nn.value_and_grad(model, loss_fn)

    def train_step(x, y):
        global traces
        traces += 1  # Python in the body runs while MLX traces, not on every compiled call
        loss, grads = loss_and_grad(model, x, y)
        optimizer.update(model, grads)
        return loss

    if mode == "compiled":
        # mx.compile traces the step once per input shape and type, then simplifies and fuses
        # the graph. A compiled function must be pure, so the state it reads and writes (the
        # model's parameters, Adam's moments and step count) is declared as inputs and outputs.
        # On a CPU the fused kernels are C++ that MLX writes and builds with g++ on first use,
        # cached under the temp folder (mlx/<version>/cpu), so a second run starts at once.
        state = [model.state, optimizer.state]
        train_step = partial(mx.compile, inputs=state, outputs=state)(train_step)
    traces_before = traces
    start = time.perf_counter()
    steps = 0
    for i in range(0, X.shape[0], batch_size):
        loss = train_step(X[i : i + batch_size], y[i : i + batch_size])
        mx.eval(model.state, optimizer.state, loss)  # MLX is lazy: run the step now
        steps += 1
    print(f"{mode:8}: {steps} training steps in {time.perf_counter() - start:.2f} s, "
          f"{traces - traces_before} Python run(s) of the step")
    outputs[mode] = np.array(model(X))
    final_loss[mode] = loss_fn(model, X, y).item()

assert traces == 8 + 1  # eager ran the Python body every step; compile traced it once
max_diff = float(np.abs(outputs["compiled"] - outputs["eager"]).max())
print(f"{steps} steps each; loss after training {final_loss['compiled']:.4f} compiled, "
      f"{final_loss['eager']:.4f} eager; outputs differ by at most {max_diff:.1e}")
assert steps == 8 and max_diff < 1e-4 and abs(final_loss["compiled"] - final_loss["eager"]) < 1e-5
print("RESULT", json.dumps({"steps": steps, "final_loss": round(final_loss["compiled"], 4),
                            "max_abs_diff_compiled_vs_eager": round(max_diff, 6)}))
