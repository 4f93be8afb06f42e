import * as tf from "@tensorflow/tfjs";

// The pure-JavaScript CPU backend; in a browser "webgl" (or "webgpu") would run on the GPU.
await tf.setBackend("cpu");

// The spec's recipe with TensorFlow.js's own seeded generator (NumPy's default_rng has no
// JavaScript counterpart): 1 280 points, the first 1 024 to train on, the last 256 held out;
// the label is the arg-max of a fixed random linear map. (A seed of 0 would mean "unseeded".)
const X = tf.randomNormal([1280, 20], 0, 1, "float32", 1);
const y = tf.tidy(() => X.matMul(tf.randomNormal([20, 3], 0, 1, "float32", 2)).argMax(1));
const [xTrain, xTest] = tf.split(X, [1024, 256]);
const [yTrain, yTest] = tf.split(y, [1024, 256]);
const [lr, eps, epochs, batchSize] = [1e-3, 1e-8, 10, 64];

// Seeded initialisers make the starting weights the same on every run (biases start at zero).
let seed = 1;
const dense = (units, options = {}) =>
  tf.layers.dense({ units, kernelInitializer: tf.initializers.glorotUniform({ seed: seed++ }), ...options });
const model = tf.sequential({
  layers: [
    dense(64, { inputShape: [20], activation: "relu" }),
    dense(64, { activation: "relu" }),
    dense(3), // raw logits
  ],
});
// Adam's epsilon defaults to the backend's (1e-7 in float32): set the spec's 1e-8.
const optimizer = tf.train.adam(lr, 0.9, 0.999, eps);
model.compile({
  optimizer,
  // Softmax cross-entropy on the logits, from integer labels, averaged over the batch.
  loss: (labels, logits) => tf.losses.softmaxCrossEntropy(tf.oneHot(labels.flatten().toInt(), 3), logits),
});

// tf.data shuffles with a seed, into a new order every epoch, and cuts batches of 64.
const train = tf.data
  .zip({ xs: tf.data.array(xTrain.unstack()), ys: tf.data.array(yTrain.unstack()) })
  .shuffle(1024, "0", true)
  .batch(batchSize);
const history = await model.fitDataset(train, { epochs, verbose: 0 });
const losses = history.history.loss;
console.log(`train loss: epoch 1 ${losses[0].toFixed(3)} -> epoch ${epochs} ${losses.at(-1).toFixed(3)}`);

// predict() runs without recording gradients; accuracy on the 256 held-out points.
const acc = tf.tidy(() => model.predict(xTest).argMax(1).equal(yTest).mean().dataSync()[0]);
console.log(`held-out accuracy: ${acc.toFixed(3)}`);
if (!(losses.at(-1) < losses[0])) throw new Error("training did not lower the loss");
if (!(acc > 0.85)) throw new Error("the model should beat 85% held-out accuracy");

console.log("RESULT", JSON.stringify({
  lr, eps, epochs, batch_size: batchSize,
  train_samples: xTrain.shape[0], test_samples: xTest.shape[0],
  test_accuracy: Math.round(acc * 1000) / 1000,
}));
tf.dispose([X, y, xTrain, xTest, yTrain, yTest]);
model.dispose();
optimizer.dispose(); // Adam's moment estimates are tensors too
