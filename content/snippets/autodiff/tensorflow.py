import json
import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "2"  # keep TensorFlow's C++ start-up logs out of the output

import numpy as np
import tensorflow as tf

x = tf.Variable([0.5, -1.0, 2.0, 3.0])  # variables are watched by a tape automatically

# f(x) = sum(x^2 * sin(x)); by hand: df/dx = 2x sin(x) + x^2 cos(x)
with tf.GradientTape() as tape:
    f = tf.reduce_sum(x**2 * tf.sin(x))
grad = tape.gradient(f, x)
by_hand = 2 * x * tf.sin(x) + x**2 * tf.cos(x)

# A plain tensor must be watched explicitly; nested tapes give a second derivative
t = tf.constant(1.5)
with tf.GradientTape() as outer:
    outer.watch(t)
    with tf.GradientTape() as inner:
        inner.watch(t)
        y = t**3
    dy = inner.gradient(y, t)  # 3 t^2
d2y = outer.gradient(dy, t)  # 6 t

print("f(x) =", f.numpy())
print("autodiff:", grad.numpy())
print("by hand: ", by_hand.numpy())
assert np.allclose(grad.numpy(), by_hand.numpy(), atol=1e-5)
assert np.isclose(dy.numpy(), 3 * 1.5**2) and np.isclose(d2y.numpy(), 6 * 1.5)
print("RESULT", json.dumps({"value": round(float(f.numpy()), 4),
                            "grad": np.round(grad.numpy().astype(float), 4).tolist()}))
