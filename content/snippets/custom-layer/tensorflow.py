import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "2"  # keep TensorFlow's C++ start-up logs out of the output

import tensorflow as tf


class GatedDense(tf.Module):
    """y = (x @ W + b) * sigmoid(g), with a learned gate g per output feature."""

    def __init__(self, n_in, n_out, name=None):
        super().__init__(name=name)
        # Any tf.Variable stored on a tf.Module is tracked: it shows up in
        # .trainable_variables and is saved by tf.train.Checkpoint
        self.w = tf.Variable(tf.random.normal([n_in, n_out], stddev=n_in**-0.5), name="w")
        self.b = tf.Variable(tf.zeros([n_out]), name="b")
        self.g = tf.Variable(tf.zeros([n_out]), name="g")  # sigmoid(0) = 0.5: half open

    def __call__(self, x):
        return (x @ self.w + self.b) * tf.sigmoid(self.g)


class TinyModel(tf.Module):
    def __init__(self):
        super().__init__()
        self.gated = GatedDense(20, 64, name="gated")
        self.out_w = tf.Variable(tf.random.normal([64, 3], stddev=64**-0.5))
        self.out_b = tf.Variable(tf.zeros([3]))

    def __call__(self, x):
        return tf.nn.relu(self.gated(x)) @ self.out_w + self.out_b


tf.random.set_seed(0)
model = TinyModel()
W = tf.random.normal([20, 3])
x = tf.random.normal([64, 20])
y = tf.argmax(x @ W, axis=1)

with tf.GradientTape() as tape:
    per_example = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=model(x))
    loss = tf.reduce_mean(per_example)
layer_vars = model.gated.trainable_variables
grads = tape.gradient(loss, layer_vars)

for var, grad in zip(layer_vars, grads):
    print(f"{var.name:5} shape {tuple(var.shape)}  grad norm {tf.norm(grad):.4f}")
    assert grad is not None and tf.reduce_any(grad != 0)
assert len(model.trainable_variables) == 5  # 3 from the custom layer + 2 from the output
