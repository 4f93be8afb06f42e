import json
import tempfile
from functools import partial

import numpy as np
import torch
from fastai.data.core import DataLoaders
from fastai.data.load import DataLoader
from fastai.learner import Learner
from fastai.losses import CrossEntropyLossFlat
from fastai.optimizer import Adam
from fastai.torch_core import set_seed
from torch import nn
from torch.utils.data import TensorDataset

# The spec's data: 256 NumPy rows, trained on as one batch (one step per epoch).
rng = np.random.default_rng(0)
X = rng.standard_normal((256, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
lr, eps, steps = 1e-3, 1e-8, 20
X, y = torch.from_numpy(X), torch.from_numpy(y)
ds = TensorDataset(X, y)
# fastai DataLoaders pair a training and a validation loader; here both are the one fixed batch.
dls = DataLoaders(DataLoader(ds, bs=256, shuffle=False), DataLoader(ds, bs=256), device="cpu")
# The spec's plain Adam: fastai's own defaults are β2 (sqr_mom) 0.99, eps 1e-5, wd 0.01 (AdamW).
opt_func = partial(Adam, mom=0.9, sqr_mom=0.999, eps=eps, wd=0.0)


def make_learner(seed, path):
    set_seed(seed)
    model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 3))
    return Learner(dls, model, loss_func=CrossEntropyLossFlat(), opt_func=opt_func, path=path)


def outputs(learn):
    with torch.no_grad():
        return learn.model.eval()(X)


def adam_step(learn):  # fastai's optimizer keeps a step count per parameter
    return int(learn.opt.state[learn.opt.all_params()[0][0]]["step"])


with tempfile.TemporaryDirectory() as tmp:
    learn = make_learner(0, tmp)
    learn.fit(steps, lr=lr)  # 20 epochs of one batch: 20 steps
    # learn.save writes the model's state_dict and the optimizer state (with_opt=True, the
    # default) to path/models/checkpoint.pth.
    file = learn.save("checkpoint")

    restored = make_learner(1, tmp)  # a fresh model with other weights
    differs_before = not torch.equal(outputs(learn), outputs(restored))
    # learn.load builds the optimizer and loads both; torch.load runs with weights_only=True.
    restored.load("checkpoint")
    print(f"saved {file.name}; restored Adam step {adam_step(restored)}")

equal_after_restore = torch.equal(outputs(learn), outputs(restored))
restored_step = adam_step(restored)
# Because Adam's moments were restored too, one more step keeps both in lockstep; fit keeps an
# existing optimizer (reset_opt=False), so neither starts Adam afresh.
learn.fit(1, lr=lr)
restored.fit(1, lr=lr)
equal_after_step = torch.equal(outputs(learn), outputs(restored))
print(f"restored step {restored_step}: outputs match {equal_after_restore}, "
      f"also after one more step {equal_after_step} (steps now {adam_step(learn)}, {adam_step(restored)})")
assert differs_before and equal_after_restore and equal_after_step and restored_step == steps
print("RESULT", json.dumps({"steps_before_save": steps, "restored_step": restored_step,
                            "differs_before_restore": bool(differs_before), "outputs_equal": bool(equal_after_restore),
                            "equal_after_one_more_step": bool(equal_after_step)}))
