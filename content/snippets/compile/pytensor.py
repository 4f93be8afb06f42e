# Written for PyTensor 3.0.7, the newest release for Python 3.11 (this site's snippet
# environment); PyTensor 3.1 and later need Python 3.12.
import json
import time

import numpy as np
import pytensor
import pytensor.tensor as pt
from pytensor.compile.mode import Mode
from pytensor.tensor.special import log_softmax

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
beta1, beta2 = np.float32(0.9), np.float32(0.999)  # float32: a Python float would upcast to float64


def build(mode):
    """One training step (loss, gradients, Adam) as a PyTensor function made with `mode`."""
    params = [pytensor.shared(a.copy()) for W, b in weights for a in (W, b)]
    xb, yb = pt.matrix("xb", dtype="float32"), pt.vector("yb", dtype="int64")

    def mlp(x):
        W0, b0, W1, b1, W2, b2 = params
        h = pt.maximum(x @ W0 + b0, 0)
        h = pt.maximum(h @ W1 + b1, 0)
        return h @ W2 + b2

    loss = -log_softmax(mlp(xb), axis=-1)[pt.arange(yb.shape[0]), yb].mean()
    t = pytensor.shared(np.float32(0))
    updates = [(t, t + 1)]
    for p, g in zip(params, pytensor.grad(loss, params)):
        m, v = pytensor.shared(np.zeros_like(p.get_value())), pytensor.shared(np.zeros_like(p.get_value()))
        m_new, v_new = beta1 * m + (1 - beta1) * g, beta2 * v + (1 - beta2) * g**2
        step = np.float32(lr) * (m_new / (1 - beta1 ** (t + 1))) / (pt.sqrt(v_new / (1 - beta2 ** (t + 1))) + np.float32(eps))
        updates += [(m, m_new), (v, v_new), (p, p - step)]
    return params, pytensor.function([xb, yb], loss, updates=updates, mode=mode), mlp


# PyTensor always builds a graph and compiles it with pytensor.function; what changes is the
# backend. The default mode rewrites the graph (fusing elementwise ops, in-place updates) and
# compiles it with Numba; Mode(linker="py", optimizer=None) runs the graph as written, one op
# at a time through each op's NumPy implementation: PyTensor's nearest thing to eager.
modes = {"op by op": Mode(linker="py", optimizer=None), "compiled": None}
outputs, final_loss = {}, {}
for name, mode in modes.items():
    params, train_step, mlp = build(mode)
    start = time.perf_counter()
    steps = 0
    for i in range(0, len(X), batch_size):
        train_step(X[i : i + batch_size], y[i : i + batch_size])
        steps += 1
    print(f"{name:8}: {steps} training steps in {time.perf_counter() - start:.1f} s "
          f"({len(train_step.maker.fgraph.apply_nodes)} ops in the step's graph)")
    # Evaluate both the same way: plain NumPy on the trained weights.
    W0, b0, W1, b1, W2, b2 = (p.get_value() for p in params)
    out = np.maximum(np.maximum(X @ W0 + b0, 0) @ W1 + b1, 0) @ W2 + b2
    shifted = out - out.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    outputs[name], final_loss[name] = out, float(-log_probs[np.arange(len(y)), y].mean())

max_diff = float(np.abs(outputs["compiled"] - outputs["op by op"]).max())
print(f"{steps} steps each; loss after training {final_loss['compiled']:.4f} compiled, "
      f"{final_loss['op by op']:.4f} op by op; outputs differ by at most {max_diff:.1e}")
assert steps == 8 and max_diff < 1e-4 and abs(final_loss["compiled"] - final_loss["op by op"]) < 1e-5
print("RESULT", json.dumps({"steps": steps, "final_loss": round(final_loss["compiled"], 4),
                            "max_abs_diff_compiled_vs_eager": round(max_diff, 6)}))
