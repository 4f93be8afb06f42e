"""Reads default values that differ between frameworks from the pinned packages, by introspection.

Run with `npm run read:defaults` (the same .venv-snippets as the snippet verification); it writes
content/defaults.yaml. Every value comes from the installed package: a signature default
(inspect.signature), an attribute of a freshly made layer or optimizer, or a small measurement
(one BatchNorm step, one optimizer step, one convolution). Nothing here is typed in from memory
except the formulas the measured weight spread is matched against (see INITIALISERS).

Usage: python verify/read_defaults.py OUT.yaml   (exit 1 when any reading fails)
       python verify/read_defaults.py --one <framework>   (one framework, JSON on stdout)
"""
from __future__ import annotations

import datetime as _dt
import importlib.metadata as metadata
import inspect
import math
import os
import platform
import sys
import traceback
import warnings

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("JAX_PLATFORMS", "cpu")
warnings.filterwarnings("ignore")

import numpy as np  # noqa: E402

TODAY = _dt.datetime.now(_dt.timezone.utc).date().isoformat()

# Each row: what is compared, and the one convention every cell is normalised to.
ROWS = [
    ("batchnorm-momentum", "BatchNorm running-average momentum",
     "Share of the old running statistic kept at each training step: running = m·running + (1 − m)·batch. "
     "Measured from one training step starting at running mean 0 on a batch of mean 1. Where a framework's "
     "own momentum argument names the other share, its spelling is shown next to the value (momentum=0.1 is 0.9 here)."),
    ("batchnorm-epsilon", "BatchNorm epsilon", "Added to the variance before the square root."),
    ("layernorm-epsilon", "LayerNorm epsilon", "Added to the variance before the square root."),
    ("adam-learning-rate", "Adam learning rate", "The default step size; “required” when there is none."),
    ("adam-betas", "Adam betas", "Decay rates of the first and second moment estimates (β1, β2)."),
    ("adam-epsilon", "Adam epsilon", "Added to the denominator √v̂ + ε."),
    ("adam-weight-decay", "Adam weight decay",
     "The default, and what a non-zero value does (measured with one step at zero gradient): "
     "“L2” adds wd·w to the gradient, “decoupled” shrinks the weight directly."),
    ("adamw-weight-decay", "AdamW weight decay", "The default decoupled weight-decay factor."),
    ("sgd-momentum", "SGD momentum", "Default momentum of plain SGD (0 means none)."),
    ("sgd-nesterov", "SGD Nesterov", "Whether Nesterov momentum is on by default."),
    ("conv-padding", "Convolution padding",
     "Measured: a 3×3 convolution on an 8×8 input keeps 8×8 (“same”) or gives 6×6 (“valid”)."),
    ("conv-layout", "Convolution data layout", "Order of a 2-D convolution's input axes."),
    ("dense-weight-init", "Dense/Linear weight initialiser",
     "Measured on a 256→1024 layer: the distribution's shape and its spread, matched to a named formula."),
    ("dense-bias-init", "Dense/Linear bias initialiser", "Measured on the same layer."),
    ("dropout-argument", "Dropout argument",
     "What the number means, measured: the share of zeros in training mode with the argument 0.25."),
    ("cross-entropy-arguments", "Cross-entropy argument order",
     "The first two parameters of the integer-label cross-entropy function."),
    ("cross-entropy-logits", "Cross-entropy input by default",
     "Measured: the loss of scores [0.9, 0.1] for class 0 is 0.105 if read as probabilities, 0.371 if read as logits."),
    ("gelu-approximation", "GELU by default",
     "Measured: gelu(1) is 0.841345 exactly (erf) and 0.841192 with the tanh approximation."),
]

# Formulas the measured spread of a fresh weight matrix is matched against (fan_in 256, fan_out 1024).
INITIALISERS = [
    # (id, shape, variance as a function of fan_in and fan_out, label)
    ("uniform-1/sqrt(fan_in)", "uniform", lambda fi, fo: 1 / (3 * fi), "uniform ±1/√fan_in"),
    ("glorot-uniform", "uniform", lambda fi, fo: 2 / (fi + fo), "Glorot (Xavier) uniform"),
    ("glorot-normal", "normal", lambda fi, fo: 2 / (fi + fo), "Glorot (Xavier) normal"),
    ("lecun-uniform", "uniform", lambda fi, fo: 1 / fi, "LeCun uniform"),
    ("lecun-normal", "normal", lambda fi, fo: 1 / fi, "LeCun normal"),
    ("he-uniform", "uniform", lambda fi, fo: 2 / fi, "He (Kaiming) uniform"),
    ("he-normal", "normal", lambda fi, fo: 2 / fi, "He (Kaiming) normal"),
]
FAN_IN, FAN_OUT = 256, 1024


def version(dist: str) -> str:
    return metadata.version(dist)


def cell(value, display, source, package, raw=None):
    out = {"value": value, "display": display, "source": source, "package": package, "version": version(package)}
    if raw is not None:
        out["raw"] = raw
    out["read"] = TODAY
    return out


def default_of(fn, name):
    """The default of one parameter, read with inspect.signature; raises when it has none."""
    p = inspect.signature(fn).parameters[name]
    return p.default


def sig_default(fn, name, label):
    """(value or 'required', source text) for a parameter read from the signature."""
    p = inspect.signature(fn).parameters[name]
    where = f"inspect.signature({label}).parameters['{name}'].default"
    if p.default is inspect.Parameter.empty:
        return "required", f"inspect.signature({label}): '{name}' has no default"
    return p.default, where


def num(x, digits=6):
    """A float rounded to `digits` significant digits, so float32 noise does not make a difference."""
    x = float(x)
    return 0.0 if x == 0 else float(f"{x:.{digits}g}")


def classify_init(w):
    """Matches a weight matrix (fan_in × fan_out values) to the closest formula in INITIALISERS."""
    w = np.asarray(w, dtype=np.float64).ravel()
    std = float(w.std())
    ratio = float(np.abs(w).max()) / std
    # Uniform: max/std = √3 ≈ 1.73; truncated normal (±2σ): about 2.3; normal: above 4 for 262 144 values.
    shape = "uniform" if ratio < 1.9 else "normal"
    truncated = shape == "normal" and ratio < 3
    candidates = [c for c in INITIALISERS if c[1] == shape]
    best = min(candidates, key=lambda c: abs(math.log(std**2 / c[2](FAN_IN, FAN_OUT))))
    off = abs(math.log(std**2 / best[2](FAN_IN, FAN_OUT)))
    if off > 0.1:
        raise ValueError(f"no formula matches: {shape}, std {std:.5f}")
    label = best[3] + (" (truncated)" if truncated else "")
    measured = f"measured std {std:.4f}, max|w|/std {ratio:.2f}"
    return best[0], label, measured


def classify_bias(b):
    b = np.asarray(b, dtype=np.float64).ravel()
    if not np.any(b):
        return "zeros", "zeros", "measured: every bias is 0"
    bound = float(np.abs(b).max())
    if abs(bound * math.sqrt(FAN_IN) - 1) < 0.05:
        return "uniform-1/sqrt(fan_in)", "uniform ±1/√fan_in", f"measured max|b| {bound:.4f}"
    raise ValueError(f"bias spread not recognised: max {bound}")


def padding_cell(out_size, raw, source, package):
    kind = {8: "same", 6: "valid"}[out_size]
    return cell(kind, kind, f"{source}; measured output {out_size}×{out_size}", package, raw)


def dropout_cell(name, zeros, source, package):
    meaning = "drop" if abs(zeros - 0.25) < 0.02 else "keep" if abs(zeros - 0.75) < 0.02 else None
    if meaning is None:
        raise ValueError(f"share of zeros {zeros} is neither 0.25 nor 0.75")
    display = f"{name} = probability to drop" if meaning == "drop" else f"{name} = probability to keep"
    return cell(meaning, display, f"{source}; measured {zeros:.3f} zeros with 0.25", package)


def logits_cell(loss, source, package, raw=None):
    if abs(loss - 0.371) < 0.002:
        return cell("logits", "logits", f"{source}; measured loss {loss:.4f}", package, raw)
    if abs(loss - 0.105) < 0.002:
        return cell("probabilities", "probabilities", f"{source}; measured loss {loss:.4f}", package, raw)
    raise ValueError(f"loss {loss} matches neither reading")


def gelu_cell(y, source, package, raw=None):
    if abs(y - 0.841345) < 2e-5:
        return cell("exact", "exact (erf)", f"{source}; measured gelu(1) = {y:.6f}", package, raw)
    if abs(y - 0.841192) < 2e-5:
        return cell("tanh", "tanh approximation", f"{source}; measured gelu(1) = {y:.6f}", package, raw)
    raise ValueError(f"gelu(1) = {y} matches neither form")


def decay_cell(p_after, default, display_default, source, package):
    """After one step from w = 1 with zero gradient, lr 0.1, wd 0.1: 0.9 is L2, 0.99 decoupled."""
    if abs(p_after - 0.9) < 0.002:
        style = "L2"
    elif abs(p_after - 0.99) < 0.002:
        style = "decoupled"
    else:
        raise ValueError(f"weight after one step {p_after} is neither 0.9 (L2) nor 0.99 (decoupled)")
    return cell(f"{num(default)} ({style})" if isinstance(default, (int, float)) else f"{default} ({style})",
                f"{display_default}; when set: {style}", f"{source}; measured w = {p_after:.4f} after one step", package)


LABEL_NAMES = {"y_true", "label", "labels", "target", "targets", "y"}


def order_cell(names, display, source, package):
    """Normalises the first two parameter names of a cross-entropy to "scores first" or "labels first"."""
    first = names[0].lower()
    if first == "self":
        first = "scores"  # a method of the scores tensor
    value = "labels first" if first in LABEL_NAMES else "scores first"
    return cell(value, f"{value}: {display}", source, package)


def betas(b1, b2):
    return f"{num(b1)}, {num(b2)}"


def value_cell(value, source, package, raw=None):
    if value is None:
        # None and 0 both mean "off" (optax.sgd momentum, Keras weight_decay): compare them as 0.
        return cell(0.0, "None (off)", source, package, "None")
    v = num(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else value
    return cell(v, "required" if v == "required" else str(v), source, package, raw)


# ---------------------------------------------------------------------------------------------
# One reader per framework: returns {row id: cell}. A reader may leave out rows the framework
# has no such thing for; an exception inside a row is reported and makes the run fail.


def rows_of(readers):
    out, failures = {}, []
    for row_id, fn in readers.items():
        try:
            out[row_id] = fn()
        except Exception:  # noqa: BLE001 - every failure is collected and printed below
            failures.append((row_id, traceback.format_exc(limit=3)))
    return out, failures


def read_pytorch():
    import torch
    import torch.nn.functional as F

    P = "torch"

    def bn_momentum():
        bn = torch.nn.BatchNorm1d(1)
        bn.train()
        bn(torch.tensor([[0.0], [2.0]]))
        kept = 1 - bn.running_mean.item()
        return cell(num(kept), str(num(kept)), "torch.nn.BatchNorm1d(1).momentum; one step in train()", P,
                    f"momentum={bn.momentum}")

    def adam_decay():
        w = torch.nn.Parameter(torch.ones(1))
        opt = torch.optim.Adam([w], lr=0.1, weight_decay=0.1)
        w.grad = torch.zeros(1)
        opt.step()
        d = torch.optim.Adam([torch.nn.Parameter(torch.ones(1))]).defaults["weight_decay"]
        return decay_cell(w.item(), d, str(d), "torch.optim.Adam(...).defaults['weight_decay']", P)

    def conv_padding():
        c = torch.nn.Conv2d(1, 1, 3)
        return padding_cell(c(torch.zeros(1, 1, 8, 8)).shape[-1], f"padding={c.padding}",
                            "torch.nn.Conv2d(1, 1, 3).padding", P)

    def linear():
        torch.manual_seed(0)  # seeded, so the measured spread written to the file is the same each run
        return torch.nn.Linear(FAN_IN, FAN_OUT)

    def weight_init():
        k, label, measured = classify_init(linear().weight.detach().numpy())
        return cell(k, label, f"torch.nn.Linear({FAN_IN}, {FAN_OUT}).weight; {measured}", P)

    def bias_init():
        k, label, measured = classify_bias(linear().bias.detach().numpy())
        return cell(k, label, f"torch.nn.Linear({FAN_IN}, {FAN_OUT}).bias; {measured}", P)

    def dropout():
        torch.manual_seed(0)
        d = torch.nn.Dropout(0.25)
        d.train()
        zeros = (d(torch.ones(200_000)) == 0).float().mean().item()
        return dropout_cell("p", zeros, "torch.nn.Dropout(0.25) in train()", P)

    def ce_args():
        names = list(inspect.signature(F.cross_entropy).parameters)[:2]
        return order_cell(names, f"({', '.join(names)})", "inspect.signature(torch.nn.functional.cross_entropy)", P)

    def ce_logits():
        loss = F.cross_entropy(torch.tensor([[0.9, 0.1]]), torch.tensor([0])).item()
        return logits_cell(loss, "torch.nn.functional.cross_entropy(scores, labels)", P)

    def gelu():
        a = torch.nn.GELU().approximate
        return gelu_cell(torch.nn.GELU()(torch.tensor(1.0)).item(), "torch.nn.GELU()", P, f"approximate='{a}'")

    adam = lambda: torch.optim.Adam([torch.nn.Parameter(torch.ones(1))]).defaults  # noqa: E731
    adamw = lambda: torch.optim.AdamW([torch.nn.Parameter(torch.ones(1))]).defaults  # noqa: E731
    sgd_sig = lambda n: sig_default(torch.optim.SGD, n, "torch.optim.SGD")  # noqa: E731
    return {
        "batchnorm-momentum": bn_momentum,
        "batchnorm-epsilon": lambda: value_cell(torch.nn.BatchNorm2d(1).eps, "torch.nn.BatchNorm2d(1).eps", P),
        "layernorm-epsilon": lambda: value_cell(torch.nn.LayerNorm(4).eps, "torch.nn.LayerNorm(4).eps", P),
        "adam-learning-rate": lambda: value_cell(adam()["lr"], "torch.optim.Adam(...).defaults['lr']", P),
        "adam-betas": lambda: cell(betas(*adam()["betas"]), betas(*adam()["betas"]),
                                   "torch.optim.Adam(...).defaults['betas']", P),
        "adam-epsilon": lambda: value_cell(adam()["eps"], "torch.optim.Adam(...).defaults['eps']", P),
        "adam-weight-decay": adam_decay,
        "adamw-weight-decay": lambda: value_cell(adamw()["weight_decay"],
                                                 "torch.optim.AdamW(...).defaults['weight_decay']", P),
        "sgd-momentum": lambda: value_cell(*sgd_sig("momentum"), P),
        "sgd-nesterov": lambda: value_cell(*sgd_sig("nesterov"), P),
        "conv-padding": conv_padding,
        "conv-layout": lambda: cell("NCHW", "NCHW (channels first)",
                                    "torch.nn.Conv2d: weight shape (out, in, kH, kW); measured with a (1, 1, 8, 8) input", P),
        "dense-weight-init": weight_init,
        "dense-bias-init": bias_init,
        "dropout-argument": dropout,
        "cross-entropy-arguments": ce_args,
        "cross-entropy-logits": ce_logits,
        "gelu-approximation": gelu,
    }


def keras_readers(keras, P, prefix):
    """Keras 3 readers; `prefix` is how the module is spelled in the source column (keras or tf.keras)."""

    def bn_momentum():
        bn = keras.layers.BatchNormalization()
        bn(np.array([[0.0], [2.0]], dtype="float32"), training=True)
        kept = 1 - float(np.asarray(bn.moving_mean)[0])
        return cell(num(kept), str(num(kept)), f"{prefix}.layers.BatchNormalization().momentum; one step with training=True",
                    P, f"momentum={bn.momentum}")

    def adam_decay():
        w = keras.Variable(np.ones(1, dtype="float32"))
        opt = keras.optimizers.Adam(learning_rate=0.1, weight_decay=0.1)
        opt.apply_gradients([(np.zeros(1, dtype="float32"), w)])
        d = keras.optimizers.Adam().get_config()["weight_decay"]
        return decay_cell(float(np.asarray(w)[0]), d, str(d), f"{prefix}.optimizers.Adam().get_config()['weight_decay']", P)

    def conv_padding():
        c = keras.layers.Conv2D(1, 3)
        out = c(np.zeros((1, 8, 8, 1), dtype="float32"))
        return padding_cell(out.shape[1], f"padding='{c.padding}'", f"{prefix}.layers.Conv2D(1, 3).padding", P)

    def conv_layout():
        c = keras.layers.Conv2D(1, 3)
        fmt = c.data_format
        return cell("NHWC" if fmt == "channels_last" else "NCHW",
                    "NHWC (channels last)" if fmt == "channels_last" else "NCHW (channels first)",
                    f"{prefix}.layers.Conv2D(1, 3).data_format (from keras.config.image_data_format())", P,
                    f"data_format='{fmt}'")

    def dense():
        keras.utils.set_random_seed(0)
        layer = keras.layers.Dense(FAN_OUT)
        layer.build((None, FAN_IN))
        return layer

    def weight_init():
        layer = dense()
        k, label, measured = classify_init(np.asarray(layer.kernel))
        return cell(k, label, f"{prefix}.layers.Dense({FAN_OUT}) built on {FAN_IN} inputs: kernel; {measured}", P,
                    f"kernel_initializer='{default_of(keras.layers.Dense, 'kernel_initializer')}'")

    def bias_init():
        k, label, measured = classify_bias(np.asarray(dense().bias))
        return cell(k, label, f"{prefix}.layers.Dense({FAN_OUT}).bias; {measured}", P,
                    f"bias_initializer='{default_of(keras.layers.Dense, 'bias_initializer')}'")

    def dropout():
        d = keras.layers.Dropout(0.25, seed=0)
        zeros = float((np.asarray(d(np.ones(200_000, dtype="float32"), training=True)) == 0).mean())
        return dropout_cell("rate", zeros, f"{prefix}.layers.Dropout(0.25) with training=True", P)

    ce = keras.losses.sparse_categorical_crossentropy

    def ce_args():
        names = list(inspect.signature(ce).parameters)[:2]
        return order_cell(names, f"({', '.join(names)})",
                          f"inspect.signature({prefix}.losses.sparse_categorical_crossentropy)", P)

    def ce_logits():
        loss = float(np.asarray(ce(np.array([0]), np.array([[0.9, 0.1]], dtype="float32")))[0])
        return logits_cell(loss, f"{prefix}.losses.sparse_categorical_crossentropy(labels, scores)", P,
                           f"from_logits={default_of(ce, 'from_logits')}")

    def gelu():
        y = float(np.asarray(keras.activations.gelu(np.array([1.0], dtype="float32")))[0])
        return gelu_cell(y, f"{prefix}.activations.gelu", P,
                         f"approximate={default_of(keras.activations.gelu, 'approximate')}")

    adam = lambda: keras.optimizers.Adam().get_config()  # noqa: E731
    sgd = lambda: keras.optimizers.SGD().get_config()  # noqa: E731
    A = f"{prefix}.optimizers.Adam().get_config()"
    return {
        "batchnorm-momentum": bn_momentum,
        "batchnorm-epsilon": lambda: value_cell(keras.layers.BatchNormalization().epsilon,
                                                f"{prefix}.layers.BatchNormalization().epsilon", P),
        "layernorm-epsilon": lambda: value_cell(keras.layers.LayerNormalization().epsilon,
                                                f"{prefix}.layers.LayerNormalization().epsilon", P),
        "adam-learning-rate": lambda: value_cell(adam()["learning_rate"], f"{A}['learning_rate']", P),
        "adam-betas": lambda: cell(betas(adam()["beta_1"], adam()["beta_2"]), betas(adam()["beta_1"], adam()["beta_2"]),
                                   f"{A}['beta_1'], ['beta_2']", P),
        "adam-epsilon": lambda: value_cell(adam()["epsilon"], f"{A}['epsilon']", P),
        "adam-weight-decay": adam_decay,
        "adamw-weight-decay": lambda: value_cell(keras.optimizers.AdamW().get_config()["weight_decay"],
                                                 f"{prefix}.optimizers.AdamW().get_config()['weight_decay']", P),
        "sgd-momentum": lambda: value_cell(sgd()["momentum"], f"{prefix}.optimizers.SGD().get_config()['momentum']", P),
        "sgd-nesterov": lambda: value_cell(sgd()["nesterov"], f"{prefix}.optimizers.SGD().get_config()['nesterov']", P),
        "conv-padding": conv_padding,
        "conv-layout": conv_layout,
        "dense-weight-init": weight_init,
        "dense-bias-init": bias_init,
        "dropout-argument": dropout,
        "cross-entropy-arguments": ce_args,
        "cross-entropy-logits": ce_logits,
        "gelu-approximation": gelu,
    }


def read_keras():
    import keras

    return keras_readers(keras, "keras", "keras")


def read_tensorflow():
    import tensorflow as tf

    readers = keras_readers(tf.keras, "tensorflow-cpu", "tf.keras")
    # tf.keras is whichever Keras TensorFlow resolves to; say which, so the cell is not misread.
    resolved = f"tf.keras is Keras {tf.keras.__version__}"

    def tagged(fn):
        def run():
            c = fn()
            c["source"] = f"{c['source']} ({resolved})"
            return c
        return run

    return {k: tagged(v) for k, v in readers.items()}


def optax_readers(P):
    import optax

    def opt(name, param, label=None):
        return lambda: value_cell(*sig_default(getattr(optax, name), param, f"optax.{name}"), P)

    def adam_betas():
        b1, s1 = sig_default(optax.adam, "b1", "optax.adam")
        b2, _ = sig_default(optax.adam, "b2", "optax.adam")
        return cell(betas(b1, b2), betas(b1, b2), f"{s1}, ['b2']", P)

    def adam_decay():
        params = inspect.signature(optax.adam).parameters
        if "weight_decay" in params:
            raise ValueError("optax.adam now takes weight_decay: teach this reader to measure it")
        return cell("none", "no weight-decay argument (use optax.adamw or add_decayed_weights)",
                    "inspect.signature(optax.adam): no 'weight_decay' parameter", P)

    def ce_args():
        fn = optax.softmax_cross_entropy_with_integer_labels
        names = list(inspect.signature(fn).parameters)[:2]
        return order_cell(names, f"({', '.join(names)})",
                          "inspect.signature(optax.softmax_cross_entropy_with_integer_labels)", P)

    def ce_logits():
        import jax.numpy as jnp

        loss = float(optax.softmax_cross_entropy_with_integer_labels(jnp.array([[0.9, 0.1]]), jnp.array([0]))[0])
        return logits_cell(loss, "optax.softmax_cross_entropy_with_integer_labels(scores, labels)", P)

    return {
        "adam-learning-rate": opt("adam", "learning_rate"),
        "adam-betas": adam_betas,
        "adam-epsilon": opt("adam", "eps"),
        "adam-weight-decay": adam_decay,
        "adamw-weight-decay": opt("adamw", "weight_decay"),
        "sgd-momentum": opt("sgd", "momentum"),
        "sgd-nesterov": opt("sgd", "nesterov"),
        "cross-entropy-arguments": ce_args,
        "cross-entropy-logits": ce_logits,
    }


def read_jax():
    import jax

    readers = optax_readers("optax")

    def gelu():
        y = float(jax.nn.gelu(1.0))
        return gelu_cell(y, "jax.nn.gelu", "jax", f"approximate={default_of(jax.nn.gelu, 'approximate')}")

    readers["gelu-approximation"] = gelu
    return readers


def read_flax():
    import jax
    import jax.numpy as jnp
    from flax import nnx

    P = "flax"
    readers = optax_readers("optax")

    def bn_momentum():
        bn = nnx.BatchNorm(1, rngs=nnx.Rngs(0))
        bn(jnp.array([[0.0], [2.0]]), use_running_average=False)
        kept = 1 - float(bn.batch_stats.mean.value[0]) if hasattr(bn, "batch_stats") else 1 - float(bn.mean.value[0])
        return cell(num(kept), str(num(kept)), "flax.nnx.BatchNorm(1).momentum; one step with use_running_average=False",
                    P, f"momentum={bn.momentum}")

    def conv_padding():
        c = nnx.Conv(1, 1, (3, 3), rngs=nnx.Rngs(0))
        return padding_cell(c(jnp.zeros((1, 8, 8, 1))).shape[1], f"padding='{c.padding}'",
                            "flax.nnx.Conv(1, 1, (3, 3)).padding", P)

    def linear():
        return nnx.Linear(FAN_IN, FAN_OUT, rngs=nnx.Rngs(0))

    def weight_init():
        k, label, measured = classify_init(np.asarray(linear().kernel.value))
        return cell(k, label, f"flax.nnx.Linear({FAN_IN}, {FAN_OUT}).kernel; {measured}", P)

    def bias_init():
        k, label, measured = classify_bias(np.asarray(linear().bias.value))
        return cell(k, label, f"flax.nnx.Linear({FAN_IN}, {FAN_OUT}).bias; {measured}", P)

    def dropout():
        d = nnx.Dropout(0.25, rngs=nnx.Rngs(0))
        zeros = float((np.asarray(d(jnp.ones(200_000), deterministic=False)) == 0).mean())
        return dropout_cell("rate", zeros, "flax.nnx.Dropout(0.25) with deterministic=False", P)

    def gelu():
        y = float(nnx.gelu(1.0))
        return gelu_cell(y, "flax.nnx.gelu", P, f"approximate={default_of(nnx.gelu, 'approximate')}")

    del jax
    readers.update({
        "batchnorm-momentum": bn_momentum,
        "batchnorm-epsilon": lambda: value_cell(nnx.BatchNorm(1, rngs=nnx.Rngs(0)).epsilon,
                                                "flax.nnx.BatchNorm(1).epsilon", P),
        "layernorm-epsilon": lambda: value_cell(nnx.LayerNorm(4, rngs=nnx.Rngs(0)).epsilon,
                                                "flax.nnx.LayerNorm(4).epsilon", P),
        "conv-padding": conv_padding,
        "conv-layout": lambda: cell("NHWC", "NHWC (channels last)",
                                    "flax.nnx.Conv: kernel shape (kH, kW, in, out); measured with a (1, 8, 8, 1) input", P),
        "dense-weight-init": weight_init,
        "dense-bias-init": bias_init,
        "dropout-argument": dropout,
        "gelu-approximation": gelu,
    })
    return readers


def read_paddle():
    import paddle
    import paddle.nn.functional as F

    P = "paddlepaddle"
    paddle.set_device("cpu")

    def bn_momentum():
        bn = paddle.nn.BatchNorm1D(1)
        bn.train()
        bn(paddle.to_tensor([[0.0], [2.0]]))
        kept = 1 - float(bn._mean.numpy()[0])
        return cell(num(kept), str(num(kept)), "paddle.nn.BatchNorm1D(1)._momentum; one step in train()", P,
                    f"momentum={bn._momentum}")

    def adam_opt(**kw):
        w = paddle.create_parameter([1], "float32", default_initializer=paddle.nn.initializer.Constant(1.0))
        return w, paddle.optimizer.Adam(parameters=[w], **kw)

    def adam_decay():
        w, opt = adam_opt(learning_rate=0.1, weight_decay=0.1)
        (w * 0.0).sum().backward()
        opt.step()
        d, src = sig_default(paddle.optimizer.Adam, "weight_decay", "paddle.optimizer.Adam")
        return decay_cell(float(w.numpy()[0]), d, str(d), src, P)

    def conv_padding():
        c = paddle.nn.Conv2D(1, 1, 3)
        return padding_cell(c(paddle.zeros([1, 1, 8, 8])).shape[-1], f"padding={c._padding}",
                            "paddle.nn.Conv2D(1, 1, 3)._padding", P)

    def linear():
        paddle.seed(0)
        return paddle.nn.Linear(FAN_IN, FAN_OUT)

    def weight_init():
        k, label, measured = classify_init(linear().weight.numpy())
        return cell(k, label, f"paddle.nn.Linear({FAN_IN}, {FAN_OUT}).weight; {measured}", P)

    def bias_init():
        k, label, measured = classify_bias(linear().bias.numpy())
        return cell(k, label, f"paddle.nn.Linear({FAN_IN}, {FAN_OUT}).bias; {measured}", P)

    def dropout():
        paddle.seed(0)
        d = paddle.nn.Dropout(0.25)
        d.train()
        zeros = float((d(paddle.ones([200_000])).numpy() == 0).mean())
        return dropout_cell("p", zeros, "paddle.nn.Dropout(0.25) in train()", P)

    def ce_args():
        names = list(inspect.signature(F.cross_entropy).parameters)[:2]
        return order_cell(names, f"({', '.join(names)})", "inspect.signature(paddle.nn.functional.cross_entropy)", P)

    def ce_logits():
        loss = float(F.cross_entropy(paddle.to_tensor([[0.9, 0.1]]), paddle.to_tensor([0])).numpy())
        return logits_cell(loss, "paddle.nn.functional.cross_entropy(scores, labels)", P,
                           f"use_softmax={default_of(F.cross_entropy, 'use_softmax')}")

    def gelu():
        y = float(F.gelu(paddle.to_tensor([1.0])).numpy()[0])
        return gelu_cell(y, "paddle.nn.functional.gelu", P, f"approximate={default_of(F.gelu, 'approximate')}")

    sig = lambda cls, n, label: value_cell(*sig_default(cls, n, label), P)  # noqa: E731
    return {
        "batchnorm-momentum": bn_momentum,
        "batchnorm-epsilon": lambda: value_cell(paddle.nn.BatchNorm2D(1)._epsilon, "paddle.nn.BatchNorm2D(1)._epsilon", P),
        "layernorm-epsilon": lambda: value_cell(paddle.nn.LayerNorm(4)._epsilon, "paddle.nn.LayerNorm(4)._epsilon", P),
        "adam-learning-rate": lambda: sig(paddle.optimizer.Adam, "learning_rate", "paddle.optimizer.Adam"),
        "adam-betas": lambda: cell(betas(default_of(paddle.optimizer.Adam, "beta1"), default_of(paddle.optimizer.Adam, "beta2")),
                                   betas(default_of(paddle.optimizer.Adam, "beta1"), default_of(paddle.optimizer.Adam, "beta2")),
                                   "inspect.signature(paddle.optimizer.Adam).parameters['beta1'], ['beta2']", P),
        "adam-epsilon": lambda: sig(paddle.optimizer.Adam, "epsilon", "paddle.optimizer.Adam"),
        "adam-weight-decay": adam_decay,
        "adamw-weight-decay": lambda: sig(paddle.optimizer.AdamW, "weight_decay", "paddle.optimizer.AdamW"),
        "sgd-momentum": lambda: cell(0.0, "0 (no momentum argument; paddle.optimizer.Momentum has it)",
                                     "inspect.signature(paddle.optimizer.SGD): no 'momentum' parameter"
                                     if "momentum" not in inspect.signature(paddle.optimizer.SGD).parameters
                                     else _raise("paddle SGD now has momentum"), P),
        "sgd-nesterov": lambda: sig(paddle.optimizer.Momentum, "use_nesterov", "paddle.optimizer.Momentum"),
        "conv-padding": conv_padding,
        "conv-layout": lambda: cell("NCHW" if default_of(paddle.nn.Conv2D, "data_format") == "NCHW" else "NHWC",
                                    "NCHW (channels first)" if default_of(paddle.nn.Conv2D, "data_format") == "NCHW"
                                    else "NHWC (channels last)",
                                    "inspect.signature(paddle.nn.Conv2D).parameters['data_format'].default", P,
                                    f"data_format='{default_of(paddle.nn.Conv2D, 'data_format')}'"),
        "dense-weight-init": weight_init,
        "dense-bias-init": bias_init,
        "dropout-argument": dropout,
        "cross-entropy-arguments": ce_args,
        "cross-entropy-logits": ce_logits,
        "gelu-approximation": gelu,
    }


def _raise(message):
    raise ValueError(message)


def read_mlx():
    import mlx.core as mx
    import mlx.nn as nn
    import mlx.optimizers as optim

    P = "mlx"

    def bn_momentum():
        bn = nn.BatchNorm(1)
        bn.train()
        bn(mx.array([[0.0], [2.0]]))
        kept = 1 - float(bn.running_mean[0])
        return cell(num(kept), str(num(kept)), "mlx.nn.BatchNorm(1).momentum; one step in train()", P,
                    f"momentum={bn.momentum}")

    def conv_padding():
        c = nn.Conv2d(1, 1, 3)
        return padding_cell(c(mx.zeros((1, 8, 8, 1))).shape[1], f"padding={c.padding}", "mlx.nn.Conv2d(1, 1, 3).padding", P)

    def linear():
        mx.random.seed(0)
        return nn.Linear(FAN_IN, FAN_OUT)

    def weight_init():
        k, label, measured = classify_init(np.array(linear().weight))
        return cell(k, label, f"mlx.nn.Linear({FAN_IN}, {FAN_OUT}).weight; {measured}", P)

    def bias_init():
        k, label, measured = classify_bias(np.array(linear().bias))
        return cell(k, label, f"mlx.nn.Linear({FAN_IN}, {FAN_OUT}).bias; {measured}", P)

    def dropout():
        mx.random.seed(0)
        d = nn.Dropout(0.25)
        d.train()
        zeros = float((np.array(d(mx.ones(200_000))) == 0).mean())
        return dropout_cell("p", zeros, "mlx.nn.Dropout(0.25) in train()", P)

    def ce_args():
        names = list(inspect.signature(nn.losses.cross_entropy).parameters)[:2]
        return order_cell(names, f"({', '.join(names)})", "inspect.signature(mlx.nn.losses.cross_entropy)", P)

    def ce_logits():
        loss = float(nn.losses.cross_entropy(mx.array([[0.9, 0.1]]), mx.array([0]))[0])
        return logits_cell(loss, "mlx.nn.losses.cross_entropy(scores, labels)", P)

    def gelu():
        return gelu_cell(float(nn.GELU()(mx.array([1.0]))[0]), "mlx.nn.GELU()", P,
                         f"approx='{default_of(nn.GELU, 'approx')}'")

    def adam_decay():
        if "weight_decay" in inspect.signature(optim.Adam).parameters:
            raise ValueError("mlx Adam now takes weight_decay: teach this reader to measure it")
        return cell("none", "no weight-decay argument (use AdamW)",
                    "inspect.signature(mlx.optimizers.Adam): no 'weight_decay' parameter", P)

    sig = lambda cls, n, label: value_cell(*sig_default(cls, n, label), P)  # noqa: E731
    b = lambda: default_of(optim.Adam, "betas")  # noqa: E731
    return {
        "batchnorm-momentum": bn_momentum,
        "batchnorm-epsilon": lambda: value_cell(nn.BatchNorm(1).eps, "mlx.nn.BatchNorm(1).eps", P),
        "layernorm-epsilon": lambda: value_cell(nn.LayerNorm(4).eps, "mlx.nn.LayerNorm(4).eps", P),
        "adam-learning-rate": lambda: sig(optim.Adam, "learning_rate", "mlx.optimizers.Adam"),
        "adam-betas": lambda: cell(betas(*b()), betas(*b()), "inspect.signature(mlx.optimizers.Adam).parameters['betas'].default", P),
        "adam-epsilon": lambda: sig(optim.Adam, "eps", "mlx.optimizers.Adam"),
        "adam-weight-decay": adam_decay,
        "adamw-weight-decay": lambda: sig(optim.AdamW, "weight_decay", "mlx.optimizers.AdamW"),
        "sgd-momentum": lambda: sig(optim.SGD, "momentum", "mlx.optimizers.SGD"),
        "sgd-nesterov": lambda: sig(optim.SGD, "nesterov", "mlx.optimizers.SGD"),
        "conv-padding": conv_padding,
        "conv-layout": lambda: cell("NHWC", "NHWC (channels last)",
                                    "mlx.nn.Conv2d: weight shape (out, kH, kW, in); measured with a (1, 8, 8, 1) input", P),
        "dense-weight-init": weight_init,
        "dense-bias-init": bias_init,
        "dropout-argument": dropout,
        "cross-entropy-arguments": ce_args,
        "cross-entropy-logits": ce_logits,
        "gelu-approximation": gelu,
    }


def read_tinygrad():
    from tinygrad import Context, Tensor, nn

    P = "tinygrad"

    def bn_momentum():
        bn = nn.BatchNorm(1)
        with Context(TRAINING=1):
            bn(Tensor([[0.0], [2.0]]).reshape(2, 1, 1, 1)).realize()
        kept = 1 - float(bn.running_mean.numpy()[0])
        return cell(num(kept), str(num(kept)), "tinygrad.nn.BatchNorm(1).momentum; one step with Context(TRAINING=1)", P,
                    f"momentum={bn.momentum}")

    def conv_padding():
        c = nn.Conv2d(1, 1, 3)
        return padding_cell(c(Tensor.zeros(1, 1, 8, 8)).shape[-1], f"padding={c.padding}",
                            "tinygrad.nn.Conv2d(1, 1, 3).padding", P)

    def linear():
        Tensor.manual_seed(0)
        return nn.Linear(FAN_IN, FAN_OUT)

    def weight_init():
        k, label, measured = classify_init(linear().weight.numpy())
        return cell(k, label, f"tinygrad.nn.Linear({FAN_IN}, {FAN_OUT}).weight; {measured}", P)

    def bias_init():
        k, label, measured = classify_bias(linear().bias.numpy())
        return cell(k, label, f"tinygrad.nn.Linear({FAN_IN}, {FAN_OUT}).bias; {measured}", P)

    def dropout():
        Tensor.manual_seed(0)
        with Context(TRAINING=1):
            zeros = float((Tensor.ones(200_000).dropout(0.25).numpy() == 0).mean())
        return dropout_cell("p", zeros, "tinygrad Tensor.dropout(0.25) with Context(TRAINING=1)", P)

    def ce_args():
        names = list(inspect.signature(Tensor.sparse_categorical_crossentropy).parameters)[:2]
        return order_cell(names, f"scores.sparse_categorical_crossentropy({names[1]})",
                    "inspect.signature(tinygrad.Tensor.sparse_categorical_crossentropy)", P)

    def ce_logits():
        loss = float(Tensor([[0.9, 0.1]]).sparse_categorical_crossentropy(Tensor([0])).numpy())
        return logits_cell(loss, "tinygrad Tensor.sparse_categorical_crossentropy(scores, labels)", P)

    def gelu():
        return gelu_cell(float(Tensor([1.0]).gelu().numpy()[0]), "tinygrad Tensor.gelu()", P)

    def opt_default(cls, n):
        return value_cell(*sig_default(getattr(nn.optim, cls), n, f"tinygrad.nn.optim.{cls}"), P)

    def adam_decay():
        if "weight_decay" in inspect.signature(nn.optim.Adam).parameters:
            raise ValueError("tinygrad Adam now takes weight_decay: teach this reader to measure it")
        return cell("none", "no weight-decay argument (use AdamW)",
                    "inspect.signature(tinygrad.nn.optim.Adam): no 'weight_decay' parameter", P)

    b = lambda: (default_of(nn.optim.Adam, "b1"), default_of(nn.optim.Adam, "b2"))  # noqa: E731
    return {
        "batchnorm-momentum": bn_momentum,
        "batchnorm-epsilon": lambda: value_cell(nn.BatchNorm(1).eps, "tinygrad.nn.BatchNorm(1).eps", P),
        "layernorm-epsilon": lambda: value_cell(nn.LayerNorm(4).eps, "tinygrad.nn.LayerNorm(4).eps", P),
        "adam-learning-rate": lambda: opt_default("Adam", "lr"),
        "adam-betas": lambda: cell(betas(*b()), betas(*b()), "inspect.signature(tinygrad.nn.optim.Adam).parameters['b1'], ['b2']", P),
        "adam-epsilon": lambda: opt_default("Adam", "eps"),
        "adam-weight-decay": adam_decay,
        "adamw-weight-decay": lambda: opt_default("AdamW", "weight_decay"),
        "sgd-momentum": lambda: opt_default("SGD", "momentum"),
        "sgd-nesterov": lambda: opt_default("SGD", "nesterov"),
        "conv-padding": conv_padding,
        "conv-layout": lambda: cell("NCHW", "NCHW (channels first)",
                                    "tinygrad.nn.Conv2d: weight shape (out, in, kH, kW); measured with a (1, 1, 8, 8) input", P),
        "dense-weight-init": weight_init,
        "dense-bias-init": bias_init,
        "dropout-argument": dropout,
        "cross-entropy-arguments": ce_args,
        "cross-entropy-logits": ce_logits,
        "gelu-approximation": gelu,
    }


def read_mindspore():
    import mindspore as ms
    from mindspore import nn, ops

    P = "mindspore"
    ms.set_device("CPU")

    def param(value=1.0):
        return ms.Parameter(ms.Tensor(np.full(1, value, np.float32)), name="w")

    def fresh(cls, **kw):  # nn.Adam's and nn.SGD's signatures are hidden by a decorator: read a new one
        return cls([param()], **kw)

    def bn_momentum():
        bn = nn.BatchNorm1d(1)
        bn.set_train(True)
        bn(ms.Tensor(np.array([[0.0], [2.0]], np.float32)))
        kept = 1 - float(bn.moving_mean.asnumpy()[0])
        return cell(num(kept), str(num(kept)), "mindspore.nn.BatchNorm1d(1).momentum; one step in set_train(True)", P,
                    f"momentum={default_of(nn.BatchNorm1d, 'momentum')}")

    def adam_attr(name):
        return value_cell(float(getattr(fresh(nn.Adam), name).asnumpy()), f"mindspore.nn.Adam(params).{name}", P)

    def decay(cls, label):
        w = param()
        opt = cls([w], learning_rate=0.1, weight_decay=0.1)
        opt((ms.Tensor(np.zeros(1, np.float32)),))
        d = float(fresh(cls).weight_decay.asnumpy()) if hasattr(fresh(cls).weight_decay, "asnumpy") else fresh(cls).weight_decay
        return decay_cell(float(w.asnumpy()[0]), d, str(num(d)), f"mindspore.nn.{label}(params).weight_decay", P)

    def sgd_momentum():
        return value_cell(float(fresh(nn.SGD).momentum.asnumpy()), "mindspore.nn.SGD(params).momentum", P)

    def conv_padding():
        c = nn.Conv2d(1, 1, 3)
        return padding_cell(c(ops.zeros((1, 1, 8, 8), ms.float32)).shape[-1],
                            f"pad_mode='{default_of(nn.Conv2d, 'pad_mode')}'", "mindspore.nn.Conv2d(1, 1, 3)", P)

    def dense():
        ms.set_seed(0)
        return nn.Dense(FAN_IN, FAN_OUT)

    def weight_init():
        # nn.Dense stores (out, in): the transpose is the fan_in × fan_out matrix.
        k, label, measured = classify_init(dense().weight.asnumpy().T)
        return cell(k, label, f"mindspore.nn.Dense({FAN_IN}, {FAN_OUT}).weight; {measured}", P)

    def bias_init():
        k, label, measured = classify_bias(dense().bias.asnumpy())
        return cell(k, label, f"mindspore.nn.Dense({FAN_IN}, {FAN_OUT}).bias; {measured}", P)

    def dropout():
        # The first positional parameter is keep_prob (deprecated in favour of p=, but still first).
        ms.set_seed(0)
        d = nn.Dropout(0.25)
        d.set_train(True)
        zeros = float((d(ops.ones(200_000, ms.float32)).asnumpy() == 0).mean())
        first = list(inspect.signature(nn.Dropout).parameters)[0]
        return dropout_cell(first, zeros, "mindspore.nn.Dropout(0.25) in set_train(True)", P)

    def ce_args():
        names = list(inspect.signature(ops.cross_entropy).parameters)[:2]
        return order_cell(names, f"({', '.join(names)})", "inspect.signature(mindspore.ops.cross_entropy)", P)

    def ce_logits():
        loss = ops.cross_entropy(ms.Tensor([[0.9, 0.1]], ms.float32), ms.Tensor([0], ms.int32)).item()
        return logits_cell(loss, "mindspore.ops.cross_entropy(scores, labels)", P)

    def gelu():
        y = float(ops.gelu(ms.Tensor([1.0], ms.float32)).asnumpy()[0])
        return gelu_cell(y, "mindspore.ops.gelu", P, f"approximate='{default_of(ops.gelu, 'approximate')}'")

    layout = default_of(nn.Conv2d, "data_format")
    return {
        "batchnorm-momentum": bn_momentum,
        "batchnorm-epsilon": lambda: value_cell(*sig_default(nn.BatchNorm2d, "eps", "mindspore.nn.BatchNorm2d"), P),
        "layernorm-epsilon": lambda: value_cell(*sig_default(nn.LayerNorm, "epsilon", "mindspore.nn.LayerNorm"), P),
        "adam-learning-rate": lambda: value_cell(float(fresh(nn.Adam).learning_rate.asnumpy()),
                                                 "mindspore.nn.Adam(params).learning_rate", P),
        "adam-betas": lambda: cell(betas(fresh(nn.Adam).beta1.asnumpy(), fresh(nn.Adam).beta2.asnumpy()),
                                   betas(fresh(nn.Adam).beta1.asnumpy(), fresh(nn.Adam).beta2.asnumpy()),
                                   "mindspore.nn.Adam(params).beta1, .beta2", P),
        "adam-epsilon": lambda: adam_attr("eps"),
        "adam-weight-decay": lambda: decay(nn.Adam, "Adam"),
        "adamw-weight-decay": lambda: value_cell(*sig_default(nn.AdamWeightDecay, "weight_decay",
                                                              "mindspore.nn.AdamWeightDecay"), P),
        "sgd-momentum": sgd_momentum,
        "sgd-nesterov": lambda: value_cell(fresh(nn.SGD).nesterov, "mindspore.nn.SGD(params).nesterov", P),
        "conv-padding": conv_padding,
        "conv-layout": lambda: cell(layout, "NCHW (channels first)" if layout == "NCHW" else "NHWC (channels last)",
                                    "inspect.signature(mindspore.nn.Conv2d).parameters['data_format'].default", P,
                                    f"data_format='{layout}'"),
        "dense-weight-init": weight_init,
        "dense-bias-init": bias_init,
        "dropout-argument": dropout,
        "cross-entropy-arguments": ce_args,
        "cross-entropy-logits": ce_logits,
        "gelu-approximation": gelu,
    }


# Framework id (content/frameworks/<id>.yaml) -> (reader, the packages whose versions it reads).
FRAMEWORKS = {
    "pytorch": (read_pytorch, ["torch"]),
    "tensorflow": (read_tensorflow, ["tensorflow-cpu", "keras"]),
    "keras": (read_keras, ["keras"]),
    "jax": (read_jax, ["jax", "optax"]),
    "flax": (read_flax, ["flax", "jax", "optax"]),
    "paddlepaddle": (read_paddle, ["paddlepaddle"]),
    "mlx": (read_mlx, ["mlx"]),
    "tinygrad": (read_tinygrad, ["tinygrad"]),
    "mindspore": (read_mindspore, ["mindspore"]),
}


def _dumper():
    # PyYAML is imported here, not at the top: a framework's reader may run in an environment
    # without it (MindSpore's, see PYTHON_ENVIRONMENTS in scripts/lib/snippet-venv.ts).
    import yaml

    class _Dumper(yaml.SafeDumper):
        """Indents list items under their key (the content checks locate fields by indentation) and
        quotes text that a YAML 1.2 reader would take for a number (js-yaml reads 1e-05 as a float)."""

        def increase_indent(self, flow=False, indentless=False):
            return super().increase_indent(flow, False)

    def _str(dumper, text):
        try:
            float(text)
            numeric = True
        except ValueError:
            numeric = False
        return dumper.represent_scalar("tag:yaml.org,2002:str", text, style="'" if numeric else None)

    _Dumper.add_representer(str, _str)

    return yaml, _Dumper


def read_one(fw: str) -> int:
    """Reads one framework in this process and prints {packages, cells, failures} as JSON."""
    import json

    reader, packages = FRAMEWORKS[fw]
    try:
        readers = reader()
    except ImportError as err:
        print(json.dumps({"missing": str(err)}))
        return 0
    cells, failures = rows_of(readers)
    print(json.dumps({"packages": {p: version(p) for p in packages}, "cells": cells, "failures": failures}))
    return 0


def main(out_path: str) -> int:
    import json
    import subprocess

    frameworks, all_failures = {}, []
    pythons = json.loads(os.environ.get("ATLAS_PYTHONS", "{}"))  # framework id -> Python executable
    for fw in FRAMEWORKS:
        # One process per framework: torch, TensorFlow and Paddle in one process can clash.
        # A framework with its own pinned environment is read with that environment's Python.
        python = pythons.get(fw, sys.executable)
        run = subprocess.run([python, "-P", __file__, "--one", fw], capture_output=True, text=True)
        lines = run.stdout.strip().splitlines()
        if run.returncode != 0 or not lines:
            all_failures.append((fw, "(all)", run.stderr[-3000:]))
            continue
        got = json.loads(lines[-1])
        if "missing" in got:
            print(f"skipped {fw}: not installed ({got['missing']})", file=sys.stderr)
            continue
        all_failures += [(fw, row, tb) for row, tb in got["failures"]]
        frameworks[fw] = got
        print(f"read {fw}: {len(got['cells'])} value(s)", file=sys.stderr)
    if all_failures:
        for fw, row, tb in all_failures:
            print(f"\nFAILED {fw} › {row}:\n{tb}", file=sys.stderr)
        return 1
    data = {
        "read": TODAY,
        "python": platform.python_version(),
        "platform": f"{platform.system()} {platform.machine()}",
        "frameworks": {fw: {"packages": f["packages"]} for fw, f in frameworks.items()},
        "rows": [
            {
                "id": row_id,
                "title": title,
                "convention": convention,
                "cells": {fw: f["cells"][row_id] for fw, f in frameworks.items() if row_id in f["cells"]},
            }
            for row_id, title, convention in ROWS
        ],
    }
    header = (
        "# Generated by `npm run read:defaults` (verify/read_defaults.py) from the packages pinned in\n"
        "# verify/requirements.txt (MindSpore: verify/mindspore/requirements.txt). Do not edit by hand:\n"
        "# change the script and run it again.\n"
        "# Schema: src/schemas/defaults.ts; checked by npm run check:content (the defaults check).\n"
    )
    yaml, dumper = _dumper()
    with open(out_path, "w", encoding="utf-8") as f:
        f.write(header)
        yaml.dump(data, f, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100)
    return 0


if __name__ == "__main__":
    if sys.argv[1] == "--one":
        sys.exit(read_one(sys.argv[2]))
    sys.exit(main(sys.argv[1]))
