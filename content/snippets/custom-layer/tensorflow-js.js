import * as tf from "@tensorflow/tfjs";

await tf.setBackend("cpu"); // the pure-JavaScript backend; "webgl" or "webgpu" in a browser

/** y = (x · W + b) · sigmoid(g), with a learned gate g per output unit. */
class GatedDense extends tf.layers.Layer {
  static className = "GatedDense"; // the name a saved model refers to it by

  constructor(config) {
    super(config);
    this.units = config.units;
  }

  build(inputShape) { // called once the input size is known
    const inputs = inputShape.at(-1);
    this.w = this.addWeight("w", [inputs, this.units], "float32", tf.initializers.glorotUniform({ seed: 1 }));
    this.b = this.addWeight("b", [this.units], "float32", tf.initializers.zeros());
    this.g = this.addWeight("g", [this.units], "float32", tf.initializers.zeros());
    this.built = true;
  }

  computeOutputShape(inputShape) {
    return [...inputShape.slice(0, -1), this.units];
  }

  call(inputs) {
    const x = Array.isArray(inputs) ? inputs[0] : inputs;
    return tf.tidy(() => x.matMul(this.w.read()).add(this.b.read()).mul(tf.sigmoid(this.g.read())));
  }

  getConfig() { // what model.save() writes for this layer
    return { ...super.getConfig(), units: this.units };
  }
}
tf.serialization.registerClass(GatedDense); // so that tf.loadLayersModel can rebuild it

const gated = new GatedDense({ units: 16, inputShape: [20] });
const model = tf.sequential({ layers: [gated, tf.layers.reLU(), tf.layers.dense({ units: 3 })] });

// The spec's recipe with TensorFlow.js's own seeded generator (NumPy's has no JavaScript
// counterpart): the data, then W / √20, 0.1 · b and 0.5 · g for the gated layer and W₂ / 4, 0
// for the output layer. Seeds start at 1: a seed of 0 means "no seed".
let seed = 1;
const normal = (shape) => tf.randomNormal(shape, 0, 1, "float32", seed++);
const x = normal([64, 20]);
const y = tf.tidy(() => tf.oneHot(x.matMul(normal([20, 3])).argMax(1), 3));
gated.setWeights(tf.tidy(() => [normal([20, 16]).div(Math.sqrt(20)), normal([16]).mul(0.1), normal([16]).mul(0.5)]));
model.layers[2].setWeights(tf.tidy(() => [normal([16, 3]).div(4), tf.zeros([3])]));

// tf.variableGrads differentiates a scalar function with respect to every trainable variable
// it reads, and gives the gradients by variable name.
const { value: loss, grads } = tf.variableGrads(() =>
  tf.losses.softmaxCrossEntropy(y, model.apply(x)),
);
const norms = {};
for (const variable of model.trainableWeights) {
  const grad = grads[variable.val.name];
  if (!((await grad.abs().max().data())[0] > 0)) throw new Error(`no gradient reached ${variable.name}`);
  if (gated.trainableWeights.includes(variable)) {
    const key = variable.originalName.split("/").at(-1); // "w", "b" or "g"
    norms[key] = (await grad.norm().data())[0];
    console.log(`${variable.name} [${variable.shape}] grad norm ${norms[key].toFixed(4)}`);
  }
}
const layerParams = gated.countParams();
if (layerParams !== 20 * 16 + 16 + 16) throw new Error("unexpected parameter count");

const round = (v) => Math.round(v * 1e4) / 1e4;
console.log("RESULT", JSON.stringify({
  layer_params: layerParams,
  loss: round((await loss.data())[0]),
  grad_norms_w_b_g: ["w", "b", "g"].map((k) => round(norms[k])),
}));
tf.dispose([x, y, loss, ...Object.values(grads)]);
model.dispose();
