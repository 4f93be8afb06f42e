import json

import numpy as np
import onnxruntime as ort
from onnx import TensorProto, helper, numpy_helper

# The spec's weights (those of "Define an MLP", standing in for a trained model) and 10 000 rows
# to predict, all from NumPy: every framework and runtime must give the same predictions.
rng = np.random.default_rng(0)
rng.standard_normal((8, 20), dtype=np.float32)  # (define-mlp's input: skipped, weights follow)
weights = [  # (W as (in, out), b) for each layer
    (rng.standard_normal((n_in, n_out), dtype=np.float32) / n_in**0.5,
     0.1 * rng.standard_normal(n_out, dtype=np.float32))
    for n_in, n_out in [(20, 64), (64, 64), (64, 3)]
]
X_big = np.random.default_rng(1).standard_normal((10_000, 20), dtype=np.float32)
batch_size = 1024  # 9 full batches and a last one of 784 rows

# ONNX Runtime runs a model file; here the "trained model" is written directly as an ONNX graph
# (Gemm = x·W + b, then Relu), with a dynamic batch dimension named "batch".
nodes, inits, x = [], [], "x"
for i, (W, b) in enumerate(weights):
    inits += [numpy_helper.from_array(W, f"W{i}"), numpy_helper.from_array(b, f"b{i}")]
    nodes.append(helper.make_node("Gemm", [x, f"W{i}", f"b{i}"], [f"h{i}"]))
    x = f"h{i}"
    if i < 2:
        nodes.append(helper.make_node("Relu", [x], [f"r{i}"]))
        x = f"r{i}"
graph = helper.make_graph(
    nodes, "mlp",
    [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["batch", 20])],
    [helper.make_tensor_value_info(x, TensorProto.FLOAT, ["batch", 3])],
    initializer=inits,
)
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 21)])

# The execution provider picks the hardware: CUDAExecutionProvider (from onnxruntime-gpu) when
# present, the CPU otherwise. Inference only: ONNX Runtime keeps no gradients.
providers = [p for p in ("CUDAExecutionProvider", "CPUExecutionProvider") if p in ort.get_available_providers()]
session = ort.InferenceSession(model.SerializeToString(), providers=providers)
name = session.get_inputs()[0].name

outputs, sizes = [], []
for start in range(0, len(X_big), batch_size):
    batch = X_big[start : start + batch_size]  # the last batch is shorter: the batch axis is dynamic
    outputs.append(session.run(None, {name: batch})[0])
    sizes.append(len(batch))
logits = np.concatenate(outputs)
max_diff = float(np.abs(logits - session.run(None, {name: X_big})[0]).max())  # one pass, to compare
labels = logits.argmax(axis=1)
print(f"{len(sizes)} batches ({sizes[0]} … {sizes[-1]} rows), {len(labels)} predictions, "
      f"class counts {np.bincount(labels, minlength=3).tolist()}; largest difference from one pass {max_diff:.1e}")
assert logits.shape == (10_000, 3) and sizes[-1] == 784 and max_diff < 1e-5
print("RESULT", json.dumps({"rows": len(labels), "batches": len(sizes), "last_batch": sizes[-1],
                            "class_counts": np.bincount(labels, minlength=3).tolist(),
                            "logits_sum": round(float(logits.sum()), 2),
                            "max_diff_vs_one_pass": round(max_diff, 6)}))
