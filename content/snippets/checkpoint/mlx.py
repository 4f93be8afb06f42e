import json
import tempfile
from pathlib import Path

import mlx.core as mx
import mlx.nn as nn
import mlx.optimizers as optim
import numpy as np
from mlx.utils import tree_flatten, tree_unflatten


def make_model():
    return nn.Sequential(
        nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 3)
    )


def make_optimizer():
    # bias_correction is False by default in MLX's Adam; the spec's Adam corrects.
    return optim.Adam(learning_rate=lr, betas=[0.9, 0.999], eps=eps, bias_correction=True)


def loss_fn(model, x, y):
    return nn.losses.cross_entropy(model(x), y, reduction="mean")


def train_step(model, optimizer):
    _, grads = nn.value_and_grad(model, loss_fn)(model, X, y)
    optimizer.update(model, grads)
    mx.eval(model.parameters(), optimizer.state)


# The spec's data: 256 NumPy rows, trained on as one batch.
rng = np.random.default_rng(0)
X = rng.standard_normal((256, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
lr, eps, steps = 1e-3, 1e-8, 20
X, y = mx.array(X), mx.array(y)

mx.random.seed(0)
model = make_model()
optimizer = make_optimizer()
for _ in range(steps):
    train_step(model, optimizer)

with tempfile.TemporaryDirectory() as tmp:
    weights_path = str(Path(tmp) / "model.safetensors")
    opt_path = str(Path(tmp) / "optimizer.safetensors")
    # save_weights writes the parameters under their dotted names ("layers.0.weight", ...);
    # the file extension picks the format (.safetensors or .npz). Arrays only, no code.
    model.save_weights(weights_path)
    # The optimizer keeps its state (step, learning rate, Adam's m and v per parameter) in a
    # tree of arrays: flatten it to dotted names and save it the same way.
    mx.save_safetensors(opt_path, dict(tree_flatten(optimizer.state)))

    mx.random.seed(1)  # a fresh model with other weights
    restored = make_model()
    restored_opt = make_optimizer()
    differs_before = not mx.array_equal(model(X), restored(X)).item()
    restored.load_weights(weights_path)  # strict=True by default: every name and shape must match
    restored_opt.state = tree_unflatten(list(mx.load(opt_path).items()))

equal_after_restore = mx.array_equal(model(X), restored(X)).item()
restored_step = restored_opt.step.item()  # the step count Adam's bias correction uses
saved, loaded = dict(tree_flatten(optimizer.state)), dict(tree_flatten(restored_opt.state))
same_opt = saved.keys() == loaded.keys() and all(mx.array_equal(saved[k], loaded[k]).item() for k in saved)
assert same_opt  # Adam's moments came back too

# Because Adam's moments were restored too, one more step keeps both in lockstep.
train_step(model, optimizer)
train_step(restored, restored_opt)
equal_after_step = mx.array_equal(model(X), restored(X)).item()
print(f"restored step {restored_step}: outputs match {equal_after_restore}, "
      f"also after one more step {equal_after_step}")
assert differs_before and equal_after_restore and equal_after_step and restored_step == steps
print("RESULT", json.dumps({"steps_before_save": steps, "restored_step": int(restored_step),
                            "differs_before_restore": bool(differs_before), "outputs_equal": bool(equal_after_restore),
                            "equal_after_one_more_step": bool(equal_after_step)}))
