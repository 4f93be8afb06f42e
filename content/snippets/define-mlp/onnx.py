# Save this file under another name than onnx.py before running it: a script named onnx.py
# would be imported in place of the onnx package.
import json

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper
from onnx.reference import ReferenceEvaluator

# In ONNX a model is a graph: nodes (operators from the ai.onnx opset), named inputs and outputs,
# and initializers holding the weights. The spec's input and weights come from NumPy, so every
# framework computes the same numbers.
rng = np.random.default_rng(0)
x_np = rng.standard_normal((8, 20), dtype=np.float32)
weights = [  # (W as (in, out), b) for each layer: Gemm computes x·W + b, so no transpose
    (rng.standard_normal((n_in, n_out), dtype=np.float32) / n_in**0.5,
     0.1 * rng.standard_normal(n_out, dtype=np.float32))
    for n_in, n_out in [(20, 64), (64, 64), (64, 3)]
]

nodes, initializers, x = [], [], "x"
for i, (W, b) in enumerate(weights):
    initializers += [numpy_helper.from_array(W, f"W{i}"), numpy_helper.from_array(b, f"b{i}")]
    nodes.append(helper.make_node("Gemm", [x, f"W{i}", f"b{i}"], [f"h{i}"]))
    x = f"h{i}"
    if i < 2:  # ReLU after the two hidden layers; the last layer gives raw logits
        nodes.append(helper.make_node("Relu", [x], [f"r{i}"]))
        x = f"r{i}"
graph = helper.make_graph(
    nodes, "mlp",
    [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["batch", 20])],  # dynamic batch axis
    [helper.make_tensor_value_info(x, TensorProto.FLOAT, ["batch", 3])],
    initializer=initializers,
)
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 21)])
onnx.checker.check_model(model, full_check=True)  # the spec's own validity and shape checks
print(onnx.printer.to_text(model.graph).splitlines()[0], f"({len(model.graph.node)} nodes)")

# ONNX itself runs nothing in production; its reference evaluator executes the graph exactly as
# the operator specifications say (a runtime such as ONNX Runtime is what you deploy).
logits = ReferenceEvaluator(model).run(None, {"x": x_np})[0]
n_params = sum(int(np.prod(t.dims)) for t in model.graph.initializer)
print(f"output shape: {logits.shape}, parameters: {n_params}")
assert logits.shape == (8, 3)
assert n_params == 20 * 64 + 64 + 64 * 64 + 64 + 64 * 3 + 3
print("RESULT", json.dumps({"params": n_params, "shape": list(logits.shape),
                            "logits_row0": np.round(logits[0].astype(float), 4).tolist(),
                            "logits_sum": round(float(logits.sum()), 4)}))
