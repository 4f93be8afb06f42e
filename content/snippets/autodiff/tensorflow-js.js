import * as tf from "@tensorflow/tfjs";

await tf.setBackend("cpu"); // the pure-JavaScript backend; "webgl" or "webgpu" in a browser

// The spec's scalar function of a vector: sum(x² · sin x).
const f = (x) => x.square().mul(x.sin()).sum();

const x = tf.tensor1d([0.5, -1.0, 2.0, 3.0]); // float32, like every TensorFlow.js default

// tf.grad turns f into a function that returns df/dx, as jax.grad does; tf.valueAndGrad gives
// the value from the same pass. Nothing has to be marked as trainable or watched.
const g = tf.grad(f)(x);
const { value, grad: g2 } = tf.valueAndGrad(f)(x);
// By hand: d/dx [x² sin x] = 2x · sin x + x² · cos x
const gHand = tf.tidy(() => x.mul(2).mul(x.sin()).add(x.square().mul(x.cos())));

const [v, grad, hand, grad2] = await Promise.all([value.data(), g.array(), gHand.array(), g2.array()]);
console.log(`f(x) = ${v[0].toFixed(4)}`);
console.log("grad:", grad.map((d) => d.toFixed(4)).join(", "));
const close = (p, q) => p.every((d, i) => Math.abs(d - q[i]) < 1e-5);
if (!close(grad, hand) || !close(grad2, hand)) throw new Error("tf.grad disagrees with the derivative by hand");

const round = (d) => Math.round(d * 1e4) / 1e4;
console.log("RESULT", JSON.stringify({ value: round(v[0]), grad: grad.map(round) }));
tf.dispose([x, g, value, g2, gHand]);
