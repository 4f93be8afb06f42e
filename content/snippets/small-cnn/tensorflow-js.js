import * as tf from "@tensorflow/tfjs";

await tf.setBackend("cpu"); // the pure-JavaScript backend; "webgl" or "webgpu" in a browser

// The spec's shape of data: 32 random greyscale images, channels-last, with random labels (one
// fixed batch: the check is that the wiring learns, so the loss must fall as it memorises it).
// NumPy's generator has no JavaScript counterpart, so these come from TensorFlow.js's own.
const images = tf.randomNormal([32, 28, 28, 1], 0, 1, "float32", 1);
const labels = tf.oneHot(tf.randomUniform([32], 0, 10, "int32", 2), 10);
const lr = 1e-3, eps = 1e-8, steps = 20;

// Images are channels-last (batch, height, width, channels), as in Keras; "valid" is the default
// padding. The weights come from the layers' seeded initialisers.
const model = tf.sequential({
  layers: [
    tf.layers.conv2d({ inputShape: [28, 28, 1], filters: 8, kernelSize: 3, padding: "valid", activation: "relu",
                       kernelInitializer: tf.initializers.glorotUniform({ seed: 3 }) }),
    tf.layers.maxPooling2d({ poolSize: 2 }),
    tf.layers.conv2d({ filters: 16, kernelSize: 3, padding: "valid", activation: "relu",
                       kernelInitializer: tf.initializers.glorotUniform({ seed: 4 }) }),
    tf.layers.maxPooling2d({ poolSize: 2 }),
    tf.layers.flatten(),
    tf.layers.dense({ units: 10, kernelInitializer: tf.initializers.glorotUniform({ seed: 5 }) }),
  ],
});
const flat = model.layers[4].outputShape[1]; // features entering the classifier

// tf.train.adam(learningRate, beta1, beta2, epsilon): epsilon defaults to 1e-7 here too, like
// Keras (PyTorch and Optax: 1e-8), so the spec's value is given.
const optimizer = tf.train.adam(lr, 0.9, 0.999, eps);
const losses = [];
for (let step = 0; step < steps; step++) {
  // minimize computes the loss, its gradients for every trainable variable and one update;
  // returnCost keeps the loss tensor, which tf.tidy would otherwise free.
  const loss = optimizer.minimize(
    () => tf.losses.softmaxCrossEntropy(labels, model.apply(images, { training: true })),
    true,
  );
  losses.push((await loss.data())[0]);
  loss.dispose();
}

const out = tf.tidy(() => model.predict(images));
const params = model.countParams();
console.log(`output shape: [${out.shape}], ${flat} features before the classifier, ${params} parameters`);
console.log(`loss: ${losses[0].toFixed(3)} -> ${losses.at(-1).toFixed(3)}`);
if (out.shape.join() !== "32,10" || flat !== 400) throw new Error("unexpected shape");
if (!(losses.at(-1) < 0.9 * losses[0])) throw new Error("the loss did not fall");

console.log("RESULT", JSON.stringify({
  params, flat_features: flat, shape: out.shape, lr, eps, steps: losses.length,
  loss_ratio: Math.round((losses.at(-1) / losses[0]) * 100) / 100,
}));
tf.dispose([images, labels, out]);
model.dispose();
optimizer.dispose();
