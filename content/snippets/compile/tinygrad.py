# tinygrad compiles kernels for the CPU with clang, which must be installed.
import json
import time

import numpy as np
from tinygrad import Context, Tensor, TinyJit, nn

# The spec's data and starting weights, from NumPy: the first 512 rows of the training-loop
# recipe, fed in order as 8 batches of 64, and the weights of "Define an MLP".
rng = np.random.default_rng(0)
X = rng.standard_normal((1280, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1).astype(np.int32)
X, y = X[:512], y[:512]
wrng = np.random.default_rng(0)
wrng.standard_normal((8, 20), dtype=np.float32)  # (define-mlp's input: skipped, weights follow)
weights = [
    (wrng.standard_normal((n_in, n_out), dtype=np.float32) / n_in**0.5,
     0.1 * wrng.standard_normal(n_out, dtype=np.float32))
    for n_in, n_out in [(20, 64), (64, 64), (64, 3)]
]
lr, eps, batch_size = 1e-3, 1e-8, 64


def make_model():
    layers = [nn.Linear(20, 64), nn.Linear(64, 64), nn.Linear(64, 3)]
    for layer, (W, b) in zip(layers, weights):
        layer.weight, layer.bias = Tensor(np.ascontiguousarray(W.T)), Tensor(b)  # stored (out, in)
    return lambda x: x.sequential([layers[0], Tensor.relu, layers[1], Tensor.relu, layers[2]]), layers


outputs, final_loss = {}, {}
for mode in ("eager", "compiled"):
    model, layers = make_model()
    opt = nn.optim.Adam(nn.state.get_parameters(layers), lr=lr, eps=eps)

    @Context(TRAINING=1)  # the optimizer only steps in training mode
    def train_step(xb: Tensor, yb: Tensor) -> Tensor:
        opt.zero_grad()
        loss = model(xb).sparse_categorical_crossentropy(yb).backward()
        return loss.realize(*opt.schedule_step())

    # tinygrad is lazy and already fuses each step into a few kernels; TinyJit also records
    # those kernels on the first two calls and then replays them without re-running the Python
    # step (input shapes must stay the same).
    step_fn = TinyJit(train_step) if mode == "compiled" else train_step
    start = time.perf_counter()
    steps = 0
    for i in range(0, len(X), batch_size):
        step_fn(Tensor(X[i : i + batch_size]), Tensor(y[i : i + batch_size]))
        steps += 1
    print(f"{mode:8}: {steps} training steps in {time.perf_counter() - start:.1f} s")
    outputs[mode] = model(Tensor(X)).numpy()
    final_loss[mode] = model(Tensor(X)).sparse_categorical_crossentropy(Tensor(y)).item()

max_diff = float(np.abs(outputs["compiled"] - outputs["eager"]).max())
print(f"{steps} steps each; loss after training {final_loss['compiled']:.4f} compiled, "
      f"{final_loss['eager']:.4f} eager; outputs differ by at most {max_diff:.1e}")
assert steps == 8 and max_diff < 1e-4 and abs(final_loss["compiled"] - final_loss["eager"]) < 1e-5
print("RESULT", json.dumps({"steps": steps, "final_loss": round(final_loss["compiled"], 4),
                            "max_abs_diff_compiled_vs_eager": round(max_diff, 6)}))
