import * as tf from "@tensorflow/tfjs";

// tf.sequential stacks layers in order; only the first one needs the input shape.
const model = tf.sequential({
  layers: [
    tf.layers.dense({ inputShape: [20], units: 64, activation: "relu" }),
    tf.layers.dense({ units: 64, activation: "relu" }),
    tf.layers.dense({ units: 3 }), // no activation: raw class scores (logits)
  ],
});

// tf.tidy frees every tensor made inside it except the ones it returns.
const [logits, rowSums] = tf.tidy(() => {
  const x = tf.randomNormal([8, 20], 0, 1, "float32", 42);
  const out = model.predict(x);
  return [out, tf.softmax(out).sum(1)];
});
const sums = await rowSums.data(); // reading values back is asynchronous

console.log(`output shape: [${logits.shape}], parameters: ${model.countParams()}`);
if (logits.shape.join() !== "8,3") throw new Error("expected 8 rows of 3 scores");
if (model.countParams() !== 20 * 64 + 64 + 64 * 64 + 64 + 64 * 3 + 3) {
  throw new Error("unexpected parameter count");
}
if (!sums.every((s) => Math.abs(s - 1) < 1e-5)) throw new Error("softmax rows must sum to 1");

tf.dispose([logits, rowSums]);
model.dispose();
