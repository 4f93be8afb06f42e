import * as tf from "@tensorflow/tfjs";

await tf.setBackend("cpu"); // the pure-JavaScript backend; "webgl" or "webgpu" in a browser

// The MLP of "Define an MLP", standing in for a trained model: its recipe, drawn from
// TensorFlow.js's own seeded generator (NumPy's has no JavaScript counterpart).
const model = tf.sequential({
  layers: [
    tf.layers.dense({ inputShape: [20], units: 64, activation: "relu" }),
    tf.layers.dense({ units: 64, activation: "relu" }),
    tf.layers.dense({ units: 3 }),
  ],
});
let seed = 1; // a seed of 0 means "no seed"
const normal = (shape) => tf.randomNormal(shape, 0, 1, "float32", seed++);
for (const layer of model.layers) {
  const [nIn, nOut] = layer.getWeights()[0].shape;
  layer.setWeights(tf.tidy(() => [normal([nIn, nOut]).div(Math.sqrt(nIn)), normal([nOut]).mul(0.1)]));
}

const rows = 10_000, batchSize = 1024;
const data = normal([rows, 20]);

// Layers models have no training flag to switch off outside fit(): predict() runs in inference
// mode (dropout off) and records no gradients; tf.tidy frees each batch's tensors at once.
const parts = [];
for (let start = 0; start < rows; start += batchSize) {
  const size = Math.min(batchSize, rows - start); // the last batch is smaller: 784 rows
  parts.push(tf.tidy(() => model.predict(data.slice([start, 0], [size, 20]))));
}
const batchSizes = parts.map((p) => p.shape[0]);
const logits = tf.concat(parts); // the predictions in input order
tf.dispose(parts);

// predict() can batch by itself; the result must be the same as one pass over all rows.
const onePass = model.predict(data, { batchSize: rows });
const maxDiff = (await logits.sub(onePass).abs().max().data())[0];
const classes = await logits.argMax(1).data();
const counts = [0, 1, 2].map((c) => classes.filter((k) => k === c).length);
const sum = (await logits.sum().data())[0];

console.log(`${logits.shape[0]} predictions in ${batchSizes.length} batches (last ${batchSizes.at(-1)} rows)`);
console.log(`class counts ${counts.join(", ")}; largest difference from one pass ${maxDiff.toExponential(1)}`);
if (logits.shape.join() !== `${rows},3` || !(maxDiff <= 1e-5)) throw new Error("batched and one-pass outputs differ");

console.log("RESULT", JSON.stringify({
  rows: logits.shape[0], batches: batchSizes.length, last_batch: batchSizes.at(-1), class_counts: counts,
  logits_sum: Math.round(sum * 100) / 100, max_diff_vs_one_pass: maxDiff,
}));
tf.dispose([data, logits, onePass]);
model.dispose();
