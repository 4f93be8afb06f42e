import * as tf from "@tensorflow/tfjs";

// TensorFlow.js has backends instead of devices: every tensor lives in the backend that made it.
// "cpu" is plain JavaScript and runs anywhere; in a browser "webgl" or "webgpu" use the GPU, and
// the tfjs-node package adds a native TensorFlow backend. This site runs the pure-JavaScript one.
await tf.setBackend("cpu");
await tf.ready();
console.log("backend:", tf.getBackend());

const a = tf.tensor2d([[1, 2], [3, 4]]); // JavaScript numbers become float32, not float64
const i = tf.range(0, 6).reshape([2, 3]).toInt(); // int32 is the only integer type
// The spec's shared numbers are NumPy's default_rng(0).standard_normal((2, 2), float32); there is
// no NumPy here, so they are written out, from a Float32Array as a typed array would arrive.
const b = tf.tensor2d(new Float32Array([1.117622, -1.3871249, -0.4265716, -0.80358726]), [2, 2]);
// TensorFlow.js's own seeded generator (its numbers are its own; a seed of 0 means "no seed").
const noise = tf.randomNormal([2, 2], 0, 1, "float32", 1);

const c = a.mul(2).add(b); // elementwise arithmetic, each op a new tensor
const d = tf.matMul(a, b); // the matrix product; a.matMul(b) is the same
console.log(`shape [${d.shape}], dtype ${d.dtype} | ints: ${i.dtype}, mean ${i.toFloat().mean().dataSync()[0]}`);

// Out of the backend: data() gives a flat typed array, array() nested arrays; both are
// asynchronous, because a GPU backend has to download first (dataSync() blocks instead).
const flat = await d.data();
const nested = await d.array();
const back = tf.tensor(nested); // and back in: a copy
const expected = [
  [1 * 1.117622 + 2 * -0.4265716, 1 * -1.3871249 + 2 * -0.80358726],
  [3 * 1.117622 + 4 * -0.4265716, 3 * -1.3871249 + 4 * -0.80358726],
];
if (!(flat instanceof Float32Array) || !nested.flat().every((v, k) => Math.abs(v - expected.flat()[k]) < 1e-5))
  throw new Error("a @ b differs from the product worked out in JavaScript");
if (!(await back.equal(d).all().data())[0]) throw new Error("the round trip changed the values");
if (c.shape.join() !== "2,2" || noise.shape.join() !== "2,2" || i.dtype !== "int32") throw new Error("unexpected shape or type");
console.log("a @ b:", nested.map((row) => row.map((v) => v.toFixed(4)).join(" ")).join(" | "));

const round = (v) => Math.round(v * 1e4) / 1e4;
console.log("RESULT", JSON.stringify({ matmul: nested.map((row) => row.map(round)), shape: d.shape, dtype: d.dtype }));
tf.dispose([a, i, b, noise, c, d, back]);
