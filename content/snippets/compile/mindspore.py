import json
import time

import mindspore as ms
import numpy as np
from mindspore import nn

ms.set_device("CPU")

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
loss_fn = nn.CrossEntropyLoss()


def make_model():
    model = nn.SequentialCell(nn.Dense(20, 64), nn.ReLU(), nn.Dense(64, 64), nn.ReLU(), nn.Dense(64, 3))
    for layer, (W, b) in zip([c for c in model if isinstance(c, nn.Dense)], weights):
        layer.weight.set_data(ms.Tensor(np.ascontiguousarray(W.T)))  # Dense stores (out, in)
        layer.bias.set_data(ms.Tensor(b))
    return model


outputs, final_loss = {}, {}
for mode in ("eager", "compiled"):
    model = make_model()
    optimizer = nn.Adam(model.trainable_params(), learning_rate=lr, eps=eps)

    def forward(xb, yb):  # a def, not a lambda: ms.jit parses the source of what it compiles
        return loss_fn(model(xb), yb)

    grad_fn = ms.value_and_grad(forward, None, optimizer.parameters)

    def train_step(xb, yb):
        loss, grads = grad_fn(xb, yb)
        optimizer(grads)
        return loss

    # MindSpore runs op by op in PyNative mode (the default); ms.jit parses the function's
    # Python source into one static graph, compiled on the first call and reused while the
    # input shapes stay the same.
    step_fn = ms.jit(train_step) if mode == "compiled" else train_step
    start = time.perf_counter()
    steps = 0
    for i in range(0, len(X), batch_size):
        step_fn(ms.Tensor(X[i : i + batch_size]), ms.Tensor(y[i : i + batch_size]))
        steps += 1
    print(f"{mode:8}: {steps} training steps in {time.perf_counter() - start:.1f} s")
    outputs[mode] = model(ms.Tensor(X)).asnumpy()
    final_loss[mode] = loss_fn(model(ms.Tensor(X)), ms.Tensor(y)).item()

max_diff = float(np.abs(outputs["compiled"] - outputs["eager"]).max())
print(f"{steps} steps each; loss after training {final_loss['compiled']:.4f} compiled, "
      f"{final_loss['eager']:.4f} eager; outputs differ by at most {max_diff:.1e}")
assert steps == 8 and max_diff < 1e-4 and abs(final_loss["compiled"] - final_loss["eager"]) < 1e-5
print("RESULT", json.dumps({"steps": steps, "final_loss": round(final_loss["compiled"], 4),
                            "max_abs_diff_compiled_vs_eager": round(max_diff, 6)}))
