import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "2"  # keep TensorFlow's C++ start-up logs out of the output

import numpy as np
import tensorflow as tf

COMPUTE = tf.bfloat16  # bfloat16 keeps float32's exponent range: no loss scaling needed


class Dense(tf.Module):
    def __init__(self, n_in, n_out):
        super().__init__()
        # The master weights stay float32 so that small updates are not rounded away
        self.w = tf.Variable(tf.random.normal([n_in, n_out], stddev=(2 / n_in) ** 0.5))
        self.b = tf.Variable(tf.zeros([n_out]))

    def __call__(self, x):
        # Cast the weights to the compute type on every call; gradients flow back
        # through the cast and arrive in float32
        return x @ tf.cast(self.w, COMPUTE) + tf.cast(self.b, COMPUTE)


class MLP(tf.Module):
    def __init__(self):
        super().__init__()
        self.layers = [Dense(20, 64), Dense(64, 64), Dense(64, 3)]

    def __call__(self, x):
        x = tf.cast(x, COMPUTE)
        for layer in self.layers[:-1]:
            x = tf.nn.relu(layer(x))
        return tf.cast(self.layers[-1](x), tf.float32)  # logits and loss in float32


tf.random.set_seed(0)
W = tf.random.normal([20, 3])
X = tf.random.normal([64, 20])
y = tf.argmax(X @ W, axis=1)
model = MLP()
optimizer = tf.keras.optimizers.Adam(1e-3)  # TF 2's optimizers live in tf.keras
before = model.layers[0].w.numpy()

with tf.GradientTape() as tape:
    loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(y, model(X)))
grads = tape.gradient(loss, model.trainable_variables)
optimizer.apply_gradients(zip(grads, model.trainable_variables))

hidden = model.layers[0](tf.cast(X, COMPUTE))  # what a layer computes in
print(f"compute: {hidden.dtype.name}, variables: {model.trainable_variables[0].dtype.name}")
print(f"loss for the step: {float(loss):.3f}")
assert hidden.dtype == tf.bfloat16
assert all(v.dtype == tf.float32 for v in model.trainable_variables)
assert all(g.dtype == tf.float32 for g in grads)
assert not np.allclose(model.layers[0].w.numpy(), before)  # the float32 weights were updated
