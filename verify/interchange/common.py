"""Shared pieces of the interchange verification: the one model every source framework builds.

The model is a 2-layer MLP, 8 -> 16 (ReLU) -> 3, float32, with weights and the input batch drawn
from numpy's default_rng(0). Every framework builds it from these same arrays, so the outputs of
all exporters and runtimes can be compared with the source framework's own output.
"""

import json
import os
import sys

import numpy as np

BATCH = 4
IN, HIDDEN, OUT = 8, 16, 3


def weights():
    """W1 (8, 16), b1 (16,), W2 (16, 3), b2 (3,) and the input batch x (4, 8), all float32."""
    rng = np.random.default_rng(0)
    w1 = (rng.standard_normal((IN, HIDDEN)) * 0.5).astype(np.float32)
    b1 = (rng.standard_normal(HIDDEN) * 0.1).astype(np.float32)
    w2 = (rng.standard_normal((HIDDEN, OUT)) * 0.5).astype(np.float32)
    b2 = (rng.standard_normal(OUT) * 0.1).astype(np.float32)
    x = rng.standard_normal((BATCH, IN)).astype(np.float32)
    return w1, b1, w2, b2, x


def trimmed(error: BaseException) -> str:
    """The error's type and message, without machine paths, cut to a readable length."""
    text = f"{type(error).__name__}: {error}".strip()
    for path in (os.getcwd(), sys.prefix, os.path.expanduser("~")):
        text = text.replace(path, "<path>")
    lines = [line for line in text.splitlines() if line.strip()]
    return "\n".join(lines[:8])[:800]


def write_json(path: str, data) -> None:
    with open(path, "w", encoding="utf8") as f:
        json.dump(data, f)
