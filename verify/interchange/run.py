"""Runs the whole interchange matrix: each source framework exports the shared MLP through every
exporter it has, each artefact is loaded in the runtime that reads its format, and the outputs are
compared with the source framework's own. Usage: python run.py RESULTS.json [WORKDIR].

Each export and each load runs in its own process, so a crash or a hang in one cell is that
cell's failure and not the end of the run. The Node wrapper (scripts/verify-interchange.ts) turns
the cells written to RESULTS.json into records under content/interchange/.
"""

import json
import os
import subprocess
import sys
import tempfile
import time
from importlib import metadata

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
TOLERANCE = 1e-5
TIMEOUT = 300

# The runtime that reads each format, and the distribution it comes from.
RUNTIMES = {"onnx": "onnxruntime", "pte": "executorch", "tflite": "litert", "savedmodel": "tensorflow"}
RUNTIME_PACKAGES = {
    "onnxruntime": ["onnxruntime"],
    "executorch": ["executorch", "torch"],
    "litert": ["ai-edge-litert"],
    "tensorflow": ["tensorflow-cpu"],
}
SOURCE_PACKAGES = {
    "pytorch": ["torch"],
    "tensorflow": ["tensorflow-cpu"],
    "keras": ["keras", "tensorflow-cpu"],
    "jax": ["jax", "jaxlib"],
}
# What each exporter needs besides the source framework, by (source, format).
EXPORTER_PACKAGES = {
    ("pytorch", "onnx"): ["onnxscript", "onnx"],
    ("pytorch", "pte"): ["executorch"],
    ("pytorch", "tflite"): ["litert-torch"],
    ("tensorflow", "onnx"): ["tf2onnx", "onnx"],
    ("keras", "onnx"): ["tf2onnx", "onnx"],
    ("jax", "savedmodel"): ["tensorflow-cpu"],
    ("jax", "tflite"): ["tensorflow-cpu"],
    ("jax", "onnx"): ["tensorflow-cpu", "tf2onnx", "onnx"],
}


def version(dist):
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def python(args, timeout=TIMEOUT):
    """Runs one of this folder's programs; returns the last lines of stderr when it fails."""
    env = {**os.environ, "PYTHONHASHSEED": "0", "TF_CPP_MIN_LOG_LEVEL": "3", "KERAS_BACKEND": "tensorflow"}
    try:
        done = subprocess.run([sys.executable, *args], cwd=HERE, env=env, capture_output=True, text=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return f"timed out after {timeout} s"
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        return f"exited with {done.returncode}: " + "\n".join(lines[-6:])[-800:]
    return None


def main():
    results = sys.argv[1]
    work = sys.argv[2] if len(sys.argv) > 2 else tempfile.mkdtemp(prefix="atlas-interchange-")
    cells = []
    for source in ["pytorch", "tensorflow", "keras", "jax"]:
        folder = os.path.join(work, source)
        os.makedirs(folder, exist_ok=True)
        start = time.perf_counter()
        crashed = python([f"export_{source}.py", folder])
        print(f"{source}: exported in {time.perf_counter() - start:.1f} s", file=sys.stderr)
        manifest_path = os.path.join(folder, "manifest.json")
        if crashed or not os.path.exists(manifest_path):
            raise SystemExit(f"export_{source}.py failed before writing its manifest: {crashed}")
        with open(manifest_path, encoding="utf8") as f:
            manifest = json.load(f)
        reference = np.asarray(manifest["reference"], dtype=np.float32)
        for entry in manifest["exports"]:
            fmt = entry["format"]
            runtime = RUNTIMES[fmt]
            dists = SOURCE_PACKAGES[source] + EXPORTER_PACKAGES.get((source, fmt), []) + RUNTIME_PACKAGES[runtime]
            cell = {
                "source": source,
                "format": fmt,
                "runtime": runtime,
                "exporter": entry["exporter"],
                "tolerance": TOLERANCE,
                "versions": {d: version(d) for d in sorted(set(dists))},
                "exportSeconds": entry["seconds"],
            }
            if "error" in entry:
                cell.update(status="fails", stage="export", error=entry["error"])
                print(f"  {source} -> {fmt}: export fails", file=sys.stderr)
                cells.append(cell)
                continue
            out = os.path.join(folder, f"{fmt}-{runtime}.json")
            crashed = python(["load.py", runtime, entry["file"], out])
            loaded = {"error": crashed} if crashed else json.load(open(out, encoding="utf8"))
            cell["runSeconds"] = loaded.get("seconds")
            if "error" in loaded:
                cell.update(status="fails", stage="load", error=loaded["error"])
            else:
                output = np.asarray(loaded["output"], dtype=np.float32)
                if output.shape != reference.shape:
                    cell.update(status="fails", stage="compare",
                                error=f"output shape {list(output.shape)}, expected {list(reference.shape)}")
                else:
                    diff = float(np.max(np.abs(output - reference)))
                    cell["maxAbsDiff"] = diff
                    if diff <= TOLERANCE:
                        cell["status"] = "works"
                    else:
                        cell.update(status="fails", stage="compare",
                                    error=f"max absolute difference {diff:.3g} exceeds {TOLERANCE:g}")
            print(f"  {source} -> {fmt} -> {runtime}: {cell['status']}", file=sys.stderr)
            cells.append(cell)
    with open(results, "w", encoding="utf8") as f:
        json.dump({"python": sys.version.split()[0], "cells": cells}, f, indent=1)


if __name__ == "__main__":
    main()
