import * as tf from "@tensorflow/tfjs";

// The pure-JavaScript CPU backend; in a browser "webgl" (or "webgpu") would run on the GPU.
await tf.setBackend("cpu");

// tf.sequential stacks layers in order; only the first one needs the input shape.
const model = tf.sequential({
  layers: [
    tf.layers.dense({ inputShape: [20], units: 64, activation: "relu" }),
    tf.layers.dense({ units: 64, activation: "relu" }),
    tf.layers.dense({ units: 3 }), // no activation: raw class scores (logits)
  ],
});
model.summary();

// The spec's recipe with TensorFlow.js's own seeded generator (NumPy's default_rng has no
// JavaScript counterpart): an input batch, then W / √in and 0.1 · b for each layer in order.
// A dense layer keeps its kernel as (in, out), so W goes in as it is.
// Seeds start at 1: tf.randomNormal treats a seed of 0 as "no seed" and draws fresh numbers.
let seed = 1;
const normal = (shape) => tf.randomNormal(shape, 0, 1, "float32", seed++);
const x = normal([8, 20]);
for (const layer of model.layers) {
  const [nIn, nOut] = layer.getWeights()[0].shape;
  const [W, b] = tf.tidy(() => [normal([nIn, nOut]).div(Math.sqrt(nIn)), normal([nOut]).mul(0.1)]);
  layer.setWeights([W, b]); // copies the values into the layer's variables
  tf.dispose([W, b]);
}

// tf.tidy frees every tensor made inside it except the ones it returns.
const [logits, rowSums] = tf.tidy(() => {
  const out = model.predict(x);
  return [out, tf.softmax(out).sum(1)];
});
const out = await logits.array(); // reading values back is asynchronous
const sums = await rowSums.data();
const params = model.countParams();

console.log(`output shape: [${logits.shape}], parameters: ${params}`);
if (logits.shape.join() !== "8,3") throw new Error("expected 8 rows of 3 scores");
if (params !== 20 * 64 + 64 + 64 * 64 + 64 + 64 * 3 + 3) throw new Error("unexpected parameter count");
if (!sums.every((s) => Math.abs(s - 1) < 1e-5)) throw new Error("softmax rows must sum to 1");

const round = (v, digits = 4) => Math.round(v * 10 ** digits) / 10 ** digits;
console.log("RESULT", JSON.stringify({
  params, shape: logits.shape,
  logits_row0: out[0].map((v) => round(v)),
  logits_sum: round(out.flat().reduce((a, v) => a + v, 0)),
}));
tf.dispose([x, logits, rowSums]);
model.dispose();
