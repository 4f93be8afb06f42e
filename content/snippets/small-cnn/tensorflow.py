import json
import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "2"  # keep TensorFlow's C++ start-up logs out of the output

import numpy as np
import tensorflow as tf

# The spec's data: 32 random greyscale images, channels-last, with random labels (one fixed
# batch, so the check is that the wiring learns: the loss must fall as it memorises the batch).
rng = np.random.default_rng(0)
images = rng.standard_normal((32, 28, 28, 1), dtype=np.float32)
labels = rng.integers(0, 10, size=32)
lr, eps, steps = 1e-3, 1e-8, 20
tf.random.set_seed(0)  # the weights' initialisation


def he_normal(shape, fan_in):
    return tf.Variable(tf.random.normal(shape, stddev=(2 / fan_in) ** 0.5))


class SmallCNN(tf.Module):
    # TensorFlow images are channels-last (NHWC); conv kernels are (height, width, in, out)
    def __init__(self):
        super().__init__()
        self.k1, self.b1 = he_normal([3, 3, 1, 8], 3 * 3 * 1), tf.Variable(tf.zeros([8]))
        self.k2, self.b2 = he_normal([3, 3, 8, 16], 3 * 3 * 8), tf.Variable(tf.zeros([16]))
        self.w3, self.b3 = he_normal([5 * 5 * 16, 10], 5 * 5 * 16), tf.Variable(tf.zeros([10]))

    def features(self, x):
        x = tf.nn.relu(tf.nn.conv2d(x, self.k1, strides=1, padding="VALID") + self.b1)  # 26x26x8
        x = tf.nn.max_pool2d(x, ksize=2, strides=2, padding="VALID")  # 13x13x8
        x = tf.nn.relu(tf.nn.conv2d(x, self.k2, strides=1, padding="VALID") + self.b2)  # 11x11x16
        x = tf.nn.max_pool2d(x, ksize=2, strides=2, padding="VALID")  # 5x5x16
        return tf.reshape(x, [tf.shape(x)[0], -1])  # flatten to 400 features

    def __call__(self, x):
        return self.features(x) @ self.w3 + self.b3


model = SmallCNN()
# TF 2's optimizers live in tf.keras; Adam defaults to epsilon=1e-7 there: the spec's is explicit
optimizer = tf.keras.optimizers.Adam(learning_rate=lr, epsilon=eps)


@tf.function
def train_step(x, y):
    with tf.GradientTape() as tape:
        per_example = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=model(x))
        loss = tf.reduce_mean(per_example)
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


losses = [float(train_step(images, labels)) for _ in range(steps)]

out_shape = tuple(model(images).shape)
flat = model.features(images).shape[1]
n_params = sum(int(tf.size(v)) for v in model.trainable_variables)
print(f"output shape: {out_shape}, {flat} features before the classifier, {n_params} parameters")
print(f"loss: {losses[0]:.3f} -> {losses[-1]:.3f}")
assert out_shape == (32, 10) and flat == 400
assert losses[-1] < 0.9 * losses[0]
print("RESULT", json.dumps({"params": int(n_params), "flat_features": int(flat), "shape": list(out_shape),
                            "lr": lr, "eps": eps, "steps": len(losses),
                            "loss_ratio": round(losses[-1] / losses[0], 2)}))
