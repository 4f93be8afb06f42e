# tinygrad compiles kernels for the CPU with clang, which must be installed.
import json
import math
import tempfile
from pathlib import Path

import numpy as np
from tinygrad import Context, Tensor, nn


class MLP:
    def __init__(self):
        self.layers = [nn.Linear(20, 64), Tensor.relu, nn.Linear(64, 64), Tensor.relu, nn.Linear(64, 3)]

    def __call__(self, x: Tensor) -> Tensor:
        return x.sequential(self.layers)


def train_step(model, opt):
    with Context(TRAINING=1):  # the optimizer only steps in training mode
        opt.zero_grad()
        model(X).sparse_categorical_crossentropy(y).backward()
        opt.step()


# The spec's data: 256 NumPy rows, trained on as one batch.
rng = np.random.default_rng(0)
X = rng.standard_normal((256, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1).astype(np.int32)
lr, eps, steps, b1 = 1e-3, 1e-8, 20, 0.9
X, y = Tensor(X), Tensor(y)

Tensor.manual_seed(0)
model = MLP()
opt = nn.optim.Adam(nn.state.get_parameters(model), lr=lr, b1=b1, eps=eps)
for _ in range(steps):
    train_step(model, opt)

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "checkpoint.safetensors"
    # get_state_dict walks any object's Tensor attributes: for the model, its weights; for the
    # optimizer, Adam's moments m and v and b1_t, b2_t (beta ** step). One safetensors file.
    state = {**{f"model.{k}": v for k, v in nn.state.get_state_dict(model).items()},
             **{f"optim.{k}": v for k, v in nn.state.get_state_dict(opt).items() if not k.startswith("params.")}}
    nn.state.safe_save(state, str(path))

    Tensor.manual_seed(1)  # a fresh model with other weights
    restored = MLP()
    restored_opt = nn.optim.Adam(nn.state.get_parameters(restored), lr=lr, b1=b1, eps=eps)
    differs_before = not np.array_equal(model(X).numpy(), restored(X).numpy())
    loaded = nn.state.safe_load(str(path))  # name -> Tensor, read from the file
    nn.state.load_state_dict(restored, {k[6:]: v for k, v in loaded.items() if k.startswith("model.")})
    optim_state = {k[6:]: v for k, v in loaded.items() if k.startswith("optim.")}
    nn.state.load_state_dict(restored_opt, optim_state, strict=False)  # its params are the model's

equal_after_restore = np.array_equal(model(X).numpy(), restored(X).numpy())
# Adam keeps no step counter, only b1_t = b1 ** step: the step is read back from it.
restored_step = round(math.log(restored_opt.b1_t.item()) / math.log(b1))

# Because Adam's moments were restored too, one more step keeps both in lockstep.
train_step(model, opt)
train_step(restored, restored_opt)
equal_after_step = np.array_equal(model(X).numpy(), restored(X).numpy())
print(f"restored step {restored_step}: outputs match {equal_after_restore}, "
      f"also after one more step {equal_after_step}")
assert differs_before and equal_after_restore and equal_after_step and restored_step == steps
print("RESULT", json.dumps({"steps_before_save": steps, "restored_step": restored_step,
                            "differs_before_restore": bool(differs_before), "outputs_equal": bool(equal_after_restore),
                            "equal_after_one_more_step": bool(equal_after_step)}))
