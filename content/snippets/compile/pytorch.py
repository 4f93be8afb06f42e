import json
import time

import numpy as np
import torch
from torch import nn

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
X, y = torch.from_numpy(X), torch.from_numpy(y)


def make_model():
    model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 3))
    with torch.no_grad():  # the spec's weights; nn.Linear stores (out, in): transpose
        for layer, (W, b) in zip([m for m in model if isinstance(m, nn.Linear)], weights):
            layer.weight.copy_(torch.from_numpy(W.T))
            layer.bias.copy_(torch.from_numpy(b))
    return model


outputs, final_loss = {}, {}
for mode in ("eager", "compiled"):
    model = make_model()
    # torch.compile returns a wrapper; nothing happens until the first call. Then TorchDynamo
    # captures forward() as a graph, AOTAutograd derives the backward graph, and Inductor
    # generates fused C++ kernels for both (a C++ compiler must be installed). fullgraph=True
    # makes any graph break (code Dynamo cannot capture) an error instead of a silent fallback.
    run = torch.compile(model, fullgraph=True) if mode == "compiled" else model
    optimizer = torch.optim.Adam(model.parameters(), lr=lr, eps=eps)
    start = time.perf_counter()
    steps = 0
    for i in range(0, len(X), batch_size):
        optimizer.zero_grad()
        nn.functional.cross_entropy(run(X[i : i + batch_size]), y[i : i + batch_size]).backward()
        optimizer.step()
        steps += 1
    print(f"{mode:8}: {steps} training steps in {time.perf_counter() - start:.1f} s")
    with torch.inference_mode():
        outputs[mode] = model(X)  # the plain module, evaluated the same way for both
        final_loss[mode] = nn.functional.cross_entropy(outputs[mode], y).item()

max_diff = (outputs["compiled"] - outputs["eager"]).abs().max().item()
print(f"{steps} steps each; loss after training {final_loss['compiled']:.4f} compiled, "
      f"{final_loss['eager']:.4f} eager; outputs differ by at most {max_diff:.1e}")
assert steps == 8 and max_diff < 1e-4 and abs(final_loss["compiled"] - final_loss["eager"]) < 1e-5
print("RESULT", json.dumps({"steps": steps, "final_loss": round(final_loss["compiled"], 4),
                            "max_abs_diff_compiled_vs_eager": round(max_diff, 6)}))
