"""Measures the newest ai.onnx opset each ONNX Runtime release officially supports, for the
`opsets` cells of content/compatibility/onnx-runtime.yaml. Never part of the build.

ONNX Runtime checks a model's opset when it loads it. Given a model stamped with opset 99 it
refuses, and its own error text says "Current official support for domain ai.onnx is till opset
N". That sentence, from the release's own wheel, is the measurement.

Usage (needs network access to PyPI and a Python 3.11 with numpy<2 and onnx, so that releases
built before numpy 2 import too):
    python3 scripts/ort-opsets.py 1.32.0 1.31.1 ...
Prints one line per release: version, opset, the sentence it was read from.
"""

import os
import re
import subprocess
import sys
import tempfile

PROBE = r"""
import re
import onnxruntime as ort
from onnx import TensorProto, helper
node = helper.make_node("Identity", ["x"], ["y"])
graph = helper.make_graph([node], "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1])],
                          [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1])])
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 99)])
model.ir_version = 7  # low enough for every release; only the opset is being asked about
try:
    ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    print(ort.__version__, "none", "loaded a model stamped opset 99")
except Exception as e:
    m = re.search(r"official support for domain ai\.onnx is till opset (\d+)", str(e))
    print(ort.__version__, m.group(1) if m else "none", m.group(0) if m else str(e)[-200:])
"""

for version in sys.argv[1:]:
    with tempfile.TemporaryDirectory() as target:
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                        "--no-deps", "--target", target, f"onnxruntime=={version}"], check=True)
        env = {**os.environ, "PYTHONPATH": target}
        out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True)
        print(out.stdout.strip() or f"{version} failed: {out.stderr.strip()[-300:]}")
