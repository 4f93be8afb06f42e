import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as tf from "@tensorflow/tfjs";

await tf.setBackend("cpu"); // the pure-JavaScript backend; "webgl" or "webgpu" in a browser

const lr = 1e-3, eps = 1e-8, steps = 20;
const makeModel = (seed) => {
  const init = (k) => tf.initializers.glorotUniform({ seed: seed * 10 + k });
  const model = tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [20], units: 64, activation: "relu", kernelInitializer: init(1) }),
      tf.layers.dense({ units: 64, activation: "relu", kernelInitializer: init(2) }),
      tf.layers.dense({ units: 3, activation: "softmax", kernelInitializer: init(3) }),
    ],
  });
  // tf.train.adam's epsilon defaults to 1e-7 (PyTorch and Optax: 1e-8): the spec's value is given.
  model.compile({ optimizer: tf.train.adam(lr, 0.9, 0.999, eps), loss: "categoricalCrossentropy" });
  return model;
};

// The spec's shape of data, from TensorFlow.js's own generator (NumPy's has no JavaScript
// counterpart): 256 rows trained on as one batch.
const X = tf.randomNormal([256, 20], 0, 1, "float32", 1);
const y = tf.tidy(() => tf.oneHot(X.matMul(tf.randomNormal([20, 3], 0, 1, "float32", 2)).argMax(1), 3));
const model = makeModel(1);
for (let i = 0; i < steps; i++) await model.trainOnBatch(X, y);
const predict = async (m) => tf.tidy(() => m.predict(X)).data();
const expected = await predict(model);
const same = (a, b) => a.length === b.length && a.every((v, i) => v === b[i]);

// model.save takes a URL ("file://" needs the tfjs-node package, "localstorage://" a browser) or
// an IO handler: this one writes the model's JSON and its weights' binary to a folder.
// includeOptimizer saves Adam's moments and step count with the weights.
const dir = mkdtempSync(join(tmpdir(), "tfjs-checkpoint-"));
try {
  await model.save(tf.io.withSaveHandler(async (artifacts) => {
    const { weightData, ...json } = artifacts;
    writeFileSync(join(dir, "model.json"), JSON.stringify(json));
    writeFileSync(join(dir, "weights.bin"), Buffer.from(tf.io.concatenateArrayBuffers([weightData].flat())));
    return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
  }), { includeOptimizer: true });

  // A fresh model with other weights, then the checkpoint read back from the folder.
  const fresh = makeModel(2);
  const differsBefore = !same(await predict(fresh), expected);
  const json = JSON.parse(readFileSync(join(dir, "model.json"), "utf8"));
  const bin = readFileSync(join(dir, "weights.bin"));
  const restored = await tf.loadLayersModel(tf.io.fromMemory({
    ...json, weightData: bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength),
  }));
  // The loaded model is compiled from the saved training config, and its Adam gets the saved state.
  const restoredStep = (await restored.optimizer.getWeights())[0].tensor.dataSync()[0];
  const outputsEqual = same(await predict(restored), expected);

  // The optimizer state came back too: one more step keeps both models together, but not to the
  // last bit. Adam here carries beta1^t and beta2^t as running products, which are not among the
  // saved weights; setWeights recomputes them as pow(beta, t), which rounds differently.
  await model.trainOnBatch(X, y);
  await restored.trainOnBatch(X, y);
  const [after, afterRestored] = [await predict(model), await predict(restored)];
  const equalAfterStep = same(afterRestored, after);
  const drift = Math.max(...after.map((v, i) => Math.abs(v - afterRestored[i])));
  console.log(`optimizer step after restoring ${restoredStep}; fresh model differed ${differsBefore}`);
  console.log(`outputs match ${outputsEqual}; after one more step identical ${equalAfterStep}, apart by ${drift.toExponential(1)}`);
  if (!(differsBefore && outputsEqual && drift < 1e-6 && restoredStep === steps))
    throw new Error("the checkpoint did not restore the model and its optimizer");

  console.log("RESULT", JSON.stringify({
    steps_before_save: steps, restored_step: restoredStep, differs_before_restore: differsBefore,
    outputs_equal: outputsEqual, equal_after_one_more_step: equalAfterStep,
  }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
