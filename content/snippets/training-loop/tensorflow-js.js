import * as tf from "@tensorflow/tfjs";

// Three classes: the label of a row x is argmax(x @ w) for one fixed random w.
const w = tf.randomNormal([20, 3], 0, 1, "float32", 0);
function makeData(n, seed) {
  return tf.tidy(() => {
    const x = tf.randomNormal([n, 20], 0, 1, "float32", seed);
    const y = tf.oneHot(x.matMul(w).argMax(1), 3).cast("float32");
    return { x, y };
  });
}
const train = makeData(1024, 1);
const test = makeData(256, 2);

const model = tf.sequential({
  layers: [
    tf.layers.dense({ inputShape: [20], units: 64, activation: "relu" }),
    tf.layers.dense({ units: 64, activation: "relu" }),
    tf.layers.dense({ units: 3 }),
  ],
});
const optimizer = tf.train.adam(1e-3);
model.compile({
  optimizer,
  loss: tf.losses.softmaxCrossEntropy, // works on the raw logits
  metrics: ["accuracy"],
});

// fit() cuts the tensors into shuffled mini-batches itself; it is async.
const history = await model.fit(train.x, train.y, {
  epochs: 10,
  batchSize: 64,
  shuffle: true,
  verbose: 0,
});
const [testLoss, testAcc] = model.evaluate(test.x, test.y, { batchSize: 64 });
const acc = (await testAcc.data())[0];

const losses = history.history.loss;
console.log(`train loss: ${losses[0].toFixed(3)} -> ${losses.at(-1).toFixed(3)}`);
console.log(`test accuracy: ${acc.toFixed(2)}`);
if (!(losses.at(-1) < losses[0])) throw new Error("training did not lower the loss");
if (!(acc > 0.85)) throw new Error("the model should beat 85% test accuracy");

tf.dispose([w, train, test, testLoss, testAcc]);
model.dispose();
optimizer.dispose(); // Adam's moment estimates are tensors too
