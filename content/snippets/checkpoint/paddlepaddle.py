import json
import math
import tempfile
from pathlib import Path

import numpy as np
import paddle
from paddle import nn

# With a GPU build of Paddle: paddle.device.set_device("gpu"); this site runs on a CPU.
paddle.device.set_device("cpu")


def make_model():
    # Paddle names every parameter (linear_0.w_0, ...) from a global counter, and the
    # optimizer's saved state is keyed by those names. A fresh name scope gives the restored
    # model the same names as the saved one, so its Adam moments find their parameters.
    with paddle.utils.unique_name.guard():
        return nn.Sequential(
            nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 3)
        )


def train_step(model, optimizer):
    nn.functional.cross_entropy(model(X), y).backward()
    # Adam makes its moment tensors at the first step, named from the same counter: the
    # same fresh scope makes them line up with the names in the saved optimizer state.
    with paddle.utils.unique_name.guard():
        optimizer.step()
    optimizer.clear_grad()


def make_optimizer(model):
    return paddle.optimizer.Adam(learning_rate=lr, epsilon=eps, parameters=model.parameters())


def adam_step(optimizer):
    # Paddle's Adam keeps beta1 ** (steps + 1) per parameter rather than a step counter.
    pow_acc = next(v for k, v in optimizer.state_dict().items() if "beta1_pow_acc" in k)
    return round(math.log(float(pow_acc.item())) / math.log(0.9)) - 1


# The spec's data: 256 NumPy rows, trained on as one batch.
rng = np.random.default_rng(0)
X = rng.standard_normal((256, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
lr, eps, steps = 1e-3, 1e-8, 20
X, y = paddle.to_tensor(X), paddle.to_tensor(y)

paddle.seed(0)
model = make_model()
optimizer = make_optimizer(model)
for _ in range(steps):
    train_step(model, optimizer)

with tempfile.TemporaryDirectory() as tmp:
    # state_dict() holds tensors only, not code: save those (Paddle's convention is one file each).
    paddle.save(model.state_dict(), str(Path(tmp) / "model.pdparams"))
    paddle.save(optimizer.state_dict(), str(Path(tmp) / "adam.pdopt"))

    paddle.seed(1)  # a fresh model with other weights
    restored = make_model()
    restored_opt = make_optimizer(restored)
    with paddle.no_grad():
        differs_before = not paddle.equal_all(model(X), restored(X)).item()
    restored.set_state_dict(paddle.load(str(Path(tmp) / "model.pdparams")))
    restored_opt.set_state_dict(paddle.load(str(Path(tmp) / "adam.pdopt")))

with paddle.no_grad():
    equal_after_restore = paddle.equal_all(model(X), restored(X)).item()
restored_step = adam_step(restored_opt)

# Because Adam's moments were restored too, one more step keeps both in lockstep.
train_step(model, optimizer)
train_step(restored, restored_opt)
with paddle.no_grad():
    equal_after_step = paddle.equal_all(model(X), restored(X)).item()
print(f"restored step {restored_step}: outputs match {equal_after_restore}, "
      f"also after one more step {equal_after_step}")
assert differs_before and equal_after_restore and equal_after_step and restored_step == steps
print("RESULT", json.dumps({"steps_before_save": steps, "restored_step": int(restored_step),
                            "differs_before_restore": bool(differs_before), "outputs_equal": bool(equal_after_restore),
                            "equal_after_one_more_step": bool(equal_after_step)}))
