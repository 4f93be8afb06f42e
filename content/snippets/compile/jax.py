import json
import time

import jax
import jax.numpy as jnp
import numpy as np
import optax

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
params = [(jnp.asarray(W), jnp.asarray(b)) for W, b in weights]
traces = 0


def mlp(params, x):
    for W, b in params[:-1]:
        x = jax.nn.relu(x @ W + b)
    W, b = params[-1]
    return x @ W + b


def loss_fn(params, x, y):
    return optax.softmax_cross_entropy_with_integer_labels(mlp(params, x), y).mean()


optimizer = optax.adam(lr, eps=eps)


def train_step(params, opt_state, x, y):
    global traces
    traces += 1  # Python code in the body runs while JAX traces, not on every jitted call
    grads = jax.grad(loss_fn)(params, x, y)
    updates, opt_state = optimizer.update(grads, opt_state)
    return optax.apply_updates(params, updates), opt_state


outputs, final_loss = {}, {}
for mode in ("eager", "compiled"):
    # jax.jit traces once per input shape/dtype, then XLA compiles and fuses the whole step.
    step_fn = jax.jit(train_step) if mode == "compiled" else train_step
    p, opt_state = params, optimizer.init(params)
    traces_before = traces
    start = time.perf_counter()
    steps = 0
    for i in range(0, len(X), batch_size):
        p, opt_state = step_fn(p, opt_state, X[i : i + batch_size], y[i : i + batch_size])
        steps += 1
    jax.block_until_ready(p)  # JAX dispatches asynchronously
    print(f"{mode:8}: {steps} training steps in {time.perf_counter() - start:.1f} s, "
          f"{traces - traces_before} Python run(s) of the step")
    outputs[mode] = np.asarray(mlp(p, X))
    final_loss[mode] = float(loss_fn(p, X, y))

assert traces == 8 + 1  # eager ran the Python body every step; jit traced it once
max_diff = float(np.abs(outputs["compiled"] - outputs["eager"]).max())
print(f"{steps} steps each; loss after training {final_loss['compiled']:.4f} compiled, "
      f"{final_loss['eager']:.4f} eager; outputs differ by at most {max_diff:.1e}")
assert steps == 8 and max_diff < 1e-4 and abs(final_loss["compiled"] - final_loss["eager"]) < 1e-5
print("RESULT", json.dumps({"steps": steps, "final_loss": round(final_loss["compiled"], 4),
                            "max_abs_diff_compiled_vs_eager": round(max_diff, 6)}))
