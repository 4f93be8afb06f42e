import json
import time

import jax
import jax.numpy as jnp
import numpy as np
import optax
from flax import nnx

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
traces = 0


class MLP(nnx.Module):
    def __init__(self, rngs: nnx.Rngs):
        self.layers = nnx.List([nnx.Linear(20, 64, rngs=rngs), nnx.Linear(64, 64, rngs=rngs),
                                nnx.Linear(64, 3, rngs=rngs)])
        for layer, (W, b) in zip(self.layers, weights):  # nnx.Linear stores (in, out), like the spec
            layer.kernel[...], layer.bias[...] = jnp.asarray(W), jnp.asarray(b)

    def __call__(self, x):
        for layer in self.layers[:-1]:
            x = nnx.relu(layer(x))
        return self.layers[-1](x)


def loss_fn(model, x, y):
    return optax.softmax_cross_entropy_with_integer_labels(model(x), y).mean()


def train_step(model, optimizer, x, y):
    global traces
    traces += 1  # Python code in the body runs while tracing, not on every compiled call
    grads = nnx.grad(loss_fn)(model, x, y)
    optimizer.update(model, grads)  # updates model and optimizer state in place


outputs, final_loss = {}, {}
for mode in ("eager", "compiled"):
    model = MLP(nnx.Rngs(0))
    optimizer = nnx.Optimizer(model, optax.adam(lr, eps=eps), wrt=nnx.Param)
    # nnx.jit is jax.jit for Flax objects: it splits the model and optimizer into their state,
    # compiles the step with XLA once per input shape, and writes the new state back into them.
    step_fn = nnx.jit(train_step) if mode == "compiled" else train_step
    traces_before = traces
    start = time.perf_counter()
    steps = 0
    for i in range(0, len(X), batch_size):
        step_fn(model, optimizer, X[i : i + batch_size], y[i : i + batch_size])
        steps += 1
    jax.block_until_ready(nnx.state(model))  # JAX dispatches asynchronously
    print(f"{mode:8}: {steps} training steps in {time.perf_counter() - start:.1f} s, "
          f"{traces - traces_before} Python run(s) of the step")
    outputs[mode] = np.asarray(model(X))
    final_loss[mode] = float(loss_fn(model, X, y))

assert traces == 8 + 1  # eager ran the Python body every step; nnx.jit traced it once
max_diff = float(np.abs(outputs["compiled"] - outputs["eager"]).max())
print(f"{steps} steps each; loss after training {final_loss['compiled']:.4f} compiled, "
      f"{final_loss['eager']:.4f} eager; outputs differ by at most {max_diff:.1e}")
assert steps == 8 and max_diff < 1e-4 and abs(final_loss["compiled"] - final_loss["eager"]) < 1e-5
print("RESULT", json.dumps({"steps": steps, "final_loss": round(final_loss["compiled"], 4),
                            "max_abs_diff_compiled_vs_eager": round(max_diff, 6)}))
