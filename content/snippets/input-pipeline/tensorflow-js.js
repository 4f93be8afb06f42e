import * as tf from "@tensorflow/tfjs";

await tf.setBackend("cpu"); // the pure-JavaScript backend; "webgl" or "webgpu" in a browser

// The spec's in-memory arrays (from TensorFlow.js's own seeded generator: NumPy's has no
// JavaScript counterpart), with a row id travelling beside each row.
const n = 1000, batchSize = 64, epochs = 3;
const X = tf.randomNormal([n, 20], 0, 1, "float32", 1);
const y = tf.tidy(() => X.matMul(tf.randomNormal([20, 3], 0, 1, "float32", 2)).argMax(1));
const ids = tf.range(0, n, 1, "int32");

// tf.data: a dataset of {xs, ys, id} elements from the tensors' rows, shuffled through a buffer
// as large as the data (a full shuffle, new every pass through it: reshuffleEachIteration is on
// by default), then batched; the last, smaller batch is kept.
const dataset = tf.data
  .zip({ xs: tf.data.array(X.unstack()), ys: tf.data.array(tf.oneHot(y, 3).unstack()), id: tf.data.array(ids.unstack()) })
  .shuffle(n, "seed-0")
  .batch(batchSize);

// A linear classifier; Keras-style categoricalCrossentropy takes probabilities, hence the softmax.
const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [20], units: 3, activation: "softmax" })] });
model.compile({ optimizer: tf.train.adam(1e-3, 0.9, 0.999, 1e-8), loss: "categoricalCrossentropy" });

const orders = [];
const batchesPerEpoch = [];
for (let epoch = 0; epoch < epochs; epoch++) {
  const served = [];
  let batches = 0, last = 0;
  // Each pass over the dataset draws a new shuffle; model.fitDataset(dataset, { epochs }) makes
  // the same passes, but here every batch's ids are read to check what the pipeline served.
  // (forEachAsync does not wait for an async callback, so the iterator is walked instead.)
  const it = await dataset.iterator();
  for (let next = await it.next(); !next.done; next = await it.next()) {
    const { xs, ys, id } = next.value;
    await model.trainOnBatch(xs, ys);
    served.push(...(await id.data()));
    batches++;
    last = xs.shape[0];
    tf.dispose([xs, ys, id]);
  }
  orders.push(served);
  batchesPerEpoch.push([batches, last]);
  console.log(`epoch ${epoch + 1}: ${served.length} rows in ${batches} batches (last ${last}), first ids ${served.slice(0, 5).join(", ")}`);
}

const everyRowOnce = orders.every((o) => o.length === n && new Set(o).size === n);
const reshuffled = orders.every((o, k) => k === 0 || o.some((id, i) => id !== orders[k - 1][i]));
const [[batches, lastBatch]] = batchesPerEpoch;
if (!everyRowOnce || !reshuffled || batchesPerEpoch.some(([b, l]) => b !== batches || l !== lastBatch))
  throw new Error("the pipeline served rows unevenly or in the same order twice");

console.log("RESULT", JSON.stringify({
  rows_per_epoch: orders[0].length, batches_per_epoch: batches, last_batch: lastBatch, epochs: orders.length,
  every_row_once: everyRowOnce, reshuffled,
}));
tf.dispose([X, y, ids]);
model.dispose();
