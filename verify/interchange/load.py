"""Loads one exported artefact in one runtime and runs the shared input batch through it.
Usage: python load.py RUNTIME FILE OUTJSON; writes {"output": [[...]]} or {"error": "..."}."""

import sys
import time

from common import trimmed, weights, write_json

runtime, path, result = sys.argv[1], sys.argv[2], sys.argv[3]
x = weights()[-1]


def onnxruntime_run():
    import onnxruntime as ort

    session = ort.InferenceSession(path, providers=["CPUExecutionProvider"])
    return session.run(None, {session.get_inputs()[0].name: x})[0]


def executorch_run():
    import torch
    from executorch.runtime import Runtime

    program = Runtime.get().load_program(path)
    return program.load_method("forward").execute([torch.from_numpy(x)])[0].numpy()


def litert_run():
    from ai_edge_litert.interpreter import Interpreter

    interpreter = Interpreter(model_path=path)
    index = interpreter.get_input_details()[0]["index"]
    # A model exported with a dynamic batch (Keras does) has batch 1 until it is resized.
    interpreter.resize_tensor_input(index, list(x.shape))
    interpreter.allocate_tensors()
    interpreter.set_tensor(index, x)
    interpreter.invoke()
    return interpreter.get_tensor(interpreter.get_output_details()[0]["index"])


def tensorflow_run():
    import tensorflow as tf

    signature = tf.saved_model.load(path).signatures["serving_default"]
    name = list(signature.structured_input_signature[1].keys())[0]
    outputs = signature(**{name: tf.constant(x)})
    return list(outputs.values())[0].numpy()


start = time.perf_counter()
try:
    output = {"onnxruntime": onnxruntime_run, "executorch": executorch_run, "litert": litert_run,
              "tensorflow": tensorflow_run}[runtime]()
    data = {"output": output.tolist()}
except Exception as e:
    data = {"error": trimmed(e)}
data["seconds"] = round(time.perf_counter() - start, 2)
write_json(result, data)
