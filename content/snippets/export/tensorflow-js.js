import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as tf from "@tensorflow/tfjs";

await tf.setBackend("cpu"); // the pure-JavaScript backend; "webgl" or "webgpu" in a browser

// The MLP of "Define an MLP" with the spec's recipe from TensorFlow.js's own seeded generator
// (NumPy's has no JavaScript counterpart); the batch dimension is left open (inputShape [20]).
const model = tf.sequential({
  layers: [
    tf.layers.dense({ inputShape: [20], units: 64, activation: "relu" }),
    tf.layers.dense({ units: 64, activation: "relu" }),
    tf.layers.dense({ units: 3 }),
  ],
});
let seed = 1; // a seed of 0 means "no seed"
const normal = (shape) => tf.randomNormal(shape, 0, 1, "float32", seed++);
const x = normal([8, 20]);
for (const layer of model.layers) {
  const [nIn, nOut] = layer.getWeights()[0].shape;
  layer.setWeights(tf.tidy(() => [normal([nIn, nOut]).div(Math.sqrt(nIn)), normal([nOut]).mul(0.1)]));
}
const expected = await tf.tidy(() => model.predict(x)).data();

// The artefact TensorFlow.js deploys is a "layers model": model.json (the architecture and a
// manifest of weight files) beside binary weight shards, the files a web page serves and
// tf.loadLayersModel(url) fetches. In the browser model.save("downloads://mlp") writes the same
// files; here an IO handler writes them into a folder. (Models made in Python reach this format
// through the tensorflowjs converter, as graph models or layers models.)
const dir = mkdtempSync(join(tmpdir(), "tfjs-export-"));
try {
  await model.save(tf.io.withSaveHandler(async ({ weightData, weightSpecs, ...rest }) => {
    const bytes = Buffer.from(tf.io.concatenateArrayBuffers([weightData].flat()));
    writeFileSync(join(dir, "group1-shard1of1.bin"), bytes);
    const manifest = [{ paths: ["group1-shard1of1.bin"], weights: weightSpecs }];
    writeFileSync(join(dir, "model.json"), JSON.stringify({ ...rest, weightsManifest: manifest }));
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: "JSON", weightDataBytes: bytes.length } };
  }));

  // Reload from the files alone, without the code above: the topology rebuilds the layers.
  const json = JSON.parse(readFileSync(join(dir, "model.json"), "utf8"));
  const [group] = json.weightsManifest;
  const bin = readFileSync(join(dir, group.paths[0]));
  const loaded = await tf.loadLayersModel(tf.io.fromMemory({
    modelTopology: json.modelTopology, weightSpecs: group.weights,
    weightData: bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength),
  }));
  const out = tf.tidy(() => loaded.predict(x));
  const three = tf.tidy(() => loaded.predict(x.slice([0, 0], [3, 20]))); // another batch size
  const got = await out.data();
  const maxDiff = Math.max(...got.map((v, i) => Math.abs(v - expected[i])));
  const rows = await out.array();
  console.log(`model.json and ${bin.length} bytes of weights; reloaded output [${out.shape}], for 3 rows [${three.shape}]`);
  console.log(`largest difference from the model in memory: ${maxDiff.toExponential(1)}`);
  if (out.shape.join() !== "8,3" || three.shape.join() !== "3,3" || !(maxDiff <= 1e-5))
    throw new Error("the reloaded model does not give the same answers");

  const round = (v, digits = 4) => Math.round(v * 10 ** digits) / 10 ** digits;
  console.log("RESULT", JSON.stringify({
    shape: out.shape, other_batch_shape: three.shape, max_abs_diff: maxDiff,
    logits_row0: rows[0].map((v) => round(v)), logits_sum: round(got.reduce((a, v) => a + v, 0)),
  }));
  tf.dispose([out, three]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
