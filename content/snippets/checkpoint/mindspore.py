import json
import tempfile
from pathlib import Path

import mindspore as ms
import numpy as np
from mindspore import nn

ms.set_device("CPU")


def make_model():
    return nn.SequentialCell(nn.Dense(20, 64), nn.ReLU(), nn.Dense(64, 64), nn.ReLU(), nn.Dense(64, 3))


def make_trainer(model):
    optimizer = nn.Adam(model.trainable_params(), learning_rate=lr, eps=eps)
    grad_fn = ms.value_and_grad(lambda: loss_fn(model(X), y), None, optimizer.parameters)

    def train_step():
        _, grads = grad_fn()
        optimizer(grads)

    return optimizer, train_step


# The spec's data: 256 NumPy rows, trained on as one batch.
rng = np.random.default_rng(0)
X = rng.standard_normal((256, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1).astype(np.int32)
lr, eps, steps = 1e-3, 1e-8, 20
X, y = ms.Tensor(X), ms.Tensor(y)
loss_fn = nn.CrossEntropyLoss()

ms.set_seed(0)
model = make_model()
optimizer, train_step = make_trainer(model)
for _ in range(steps):
    train_step()

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "checkpoint.ckpt"
    # The optimizer is a Cell whose parameters are the model's weights plus Adam's moments, its
    # beta powers and global_step: saving it saves all of them, by name, in one .ckpt file.
    ms.save_checkpoint(optimizer, str(path))

    ms.set_seed(1)  # a fresh model with other weights
    restored = make_model()
    restored_opt, restored_step_fn = make_trainer(restored)
    differs_before = not np.array_equal(model(X).asnumpy(), restored(X).asnumpy())
    params = ms.load_checkpoint(str(path))  # name -> Parameter
    not_loaded, _ = ms.load_param_into_net(restored_opt, params)  # matched by name
    assert not not_loaded

equal_after_restore = np.array_equal(model(X).asnumpy(), restored(X).asnumpy())
restored_step = int(restored_opt.global_step.asnumpy()[0])  # Adam's step count

# Because Adam's moments were restored too, one more step keeps both in lockstep.
train_step()
restored_step_fn()
equal_after_step = np.array_equal(model(X).asnumpy(), restored(X).asnumpy())
print(f"restored step {restored_step}: outputs match {equal_after_restore}, "
      f"also after one more step {equal_after_step}")
assert differs_before and equal_after_restore and equal_after_step and restored_step == steps
print("RESULT", json.dumps({"steps_before_save": steps, "restored_step": restored_step,
                            "differs_before_restore": bool(differs_before), "outputs_equal": bool(equal_after_restore),
                            "equal_after_one_more_step": bool(equal_after_step)}))
