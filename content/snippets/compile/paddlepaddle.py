import json
import time

import numpy as np
import paddle
from paddle import nn

paddle.device.set_device("cpu")
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
loss_fn = nn.CrossEntropyLoss()


def make_model():
    model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 3))
    for layer, (W, b) in zip([m for m in model if isinstance(m, nn.Linear)], weights):
        layer.weight.set_value(W)  # Paddle's Linear stores (in, out), like the spec
        layer.bias.set_value(b)
    return model


outputs, final_loss = {}, {}
for mode in ("eager", "compiled"):
    model = make_model()
    optimizer = paddle.optimizer.Adam(learning_rate=lr, epsilon=eps, parameters=model.parameters())
    # paddle.jit.to_static turns the model's forward into a static program (its Python source
    # is translated and traced once per input shape) run by Paddle's executor, with a backward
    # program derived from it; the optimizer step stays in dynamic mode. backend="CINN" would
    # add Paddle's kernel-fusing compiler, which the CPU wheel from PyPI is not built with.
    net = paddle.jit.to_static(model, full_graph=True) if mode == "compiled" else model
    start = time.perf_counter()
    steps = 0
    for i in range(0, len(X), batch_size):
        loss = loss_fn(net(paddle.to_tensor(X[i : i + batch_size])), paddle.to_tensor(y[i : i + batch_size]))
        loss.backward()
        optimizer.step()
        optimizer.clear_grad()
        steps += 1
    print(f"{mode:8}: {steps} training steps in {time.perf_counter() - start:.1f} s")
    with paddle.no_grad():
        out = net(paddle.to_tensor(X))
        outputs[mode] = out.numpy()
        final_loss[mode] = loss_fn(out, paddle.to_tensor(y)).item()

max_diff = float(np.abs(outputs["compiled"] - outputs["eager"]).max())
print(f"{steps} steps each; loss after training {final_loss['compiled']:.4f} compiled, "
      f"{final_loss['eager']:.4f} eager; outputs differ by at most {max_diff:.1e}")
assert steps == 8 and max_diff < 1e-4 and abs(final_loss["compiled"] - final_loss["eager"]) < 1e-5
print("RESULT", json.dumps({"steps": steps, "final_loss": round(final_loss["compiled"], 4),
                            "max_abs_diff_compiled_vs_eager": round(max_diff, 6)}))
