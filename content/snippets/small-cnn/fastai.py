import json
from functools import partial

import numpy as np
import torch
from fastai.data.core import DataLoaders
from fastai.layers import ConvLayer
from fastai.learner import Learner
from fastai.losses import CrossEntropyLossFlat
from fastai.optimizer import Adam
from fastai.torch_core import set_seed
from torch import nn
from torch.utils.data import TensorDataset

# The spec's data: 32 random greyscale images, channels-last, with random labels (one fixed
# batch, so the check is that the wiring learns: the loss must fall as it memorises the batch).
rng = np.random.default_rng(0)
images = rng.standard_normal((32, 28, 28, 1), dtype=np.float32)
labels = rng.integers(0, 10, size=32)
lr, eps, steps = 1e-3, 1e-8, 20
set_seed(0)  # seeds Python, NumPy and torch: the weights' initialisation

# fastai's ConvLayer is conv + activation + BatchNorm, padded to keep the size. The spec wants
# neither padding nor normalisation, so both are switched off (without a norm it keeps a bias).
model = nn.Sequential(
    ConvLayer(1, 8, ks=3, padding=0, norm_type=None),  # conv 3x3 + ReLU: 28x28 -> 26x26
    nn.MaxPool2d(2),  # -> 13x13
    ConvLayer(8, 16, ks=3, padding=0, norm_type=None),  # -> 11x11
    nn.MaxPool2d(2),  # -> 5x5
    nn.Flatten(),  # -> 16 * 5 * 5 = 400 (fastai's Flatten uses view, which fails on this layout)
    nn.Linear(16 * 5 * 5, 10),
)
x = torch.from_numpy(images).permute(0, 3, 1, 2)  # NHWC -> NCHW, as PyTorch's layers expect
y = torch.from_numpy(labels)
# One batch of 32 in the training loader, so each epoch is one step; the same images validate.
ds = TensorDataset(x, y)
dls = DataLoaders.from_dsets(ds, ds, bs=32, device="cpu")
# fastai's Adam defaults to sqr_mom=0.99, eps=1e-5 and decoupled weight decay 0.01: the spec's
# plain Adam needs all three set.
opt_func = partial(Adam, mom=0.9, sqr_mom=0.999, eps=eps, wd=0.0)
learn = Learner(dls, model, loss_func=CrossEntropyLossFlat(), opt_func=opt_func)

loss_fn = CrossEntropyLossFlat()
with torch.no_grad():
    first_loss = loss_fn(model(x), y).item()
with learn.no_logging():  # no per-epoch table
    learn.fit(steps, lr=lr)  # 20 epochs of one batch each: 20 optimizer steps
n_steps = learn.train_iter  # optimizer steps taken by fit
with torch.no_grad():
    last_loss = loss_fn(model(x), y).item()
    out_shape = tuple(model(x).shape)
    flat = model[:-1](x).shape[1]  # features entering the classifier
n_params = sum(p.numel() for p in model.parameters())
print(f"output shape: {out_shape}, {flat} features before the classifier, {n_params} parameters")
print(f"loss: {first_loss:.3f} -> {last_loss:.3f} after {n_steps} steps")
assert out_shape == (32, 10) and flat == 400 and n_steps == steps
assert last_loss < 0.9 * first_loss
print("RESULT", json.dumps({"params": int(n_params), "flat_features": int(flat), "shape": list(out_shape),
                            "lr": lr, "eps": eps, "steps": n_steps,
                            "loss_ratio": round(last_loss / first_loss, 2)}))
