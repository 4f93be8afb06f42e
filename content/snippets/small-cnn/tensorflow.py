import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "2"  # keep TensorFlow's C++ start-up logs out of the output

import tensorflow as tf

tf.random.set_seed(0)


def he_normal(shape, fan_in):
    return tf.Variable(tf.random.normal(shape, stddev=(2 / fan_in) ** 0.5))


class SmallCNN(tf.Module):
    # TensorFlow images are channels-last (NHWC); conv kernels are (height, width, in, out)
    def __init__(self):
        super().__init__()
        self.k1, self.b1 = he_normal([3, 3, 1, 8], 3 * 3 * 1), tf.Variable(tf.zeros([8]))
        self.k2, self.b2 = he_normal([3, 3, 8, 16], 3 * 3 * 8), tf.Variable(tf.zeros([16]))
        self.w3, self.b3 = he_normal([5 * 5 * 16, 10], 5 * 5 * 16), tf.Variable(tf.zeros([10]))

    def __call__(self, x):
        x = tf.nn.relu(tf.nn.conv2d(x, self.k1, strides=1, padding="VALID") + self.b1)  # 26x26x8
        x = tf.nn.max_pool2d(x, ksize=2, strides=2, padding="VALID")  # 13x13x8
        x = tf.nn.relu(tf.nn.conv2d(x, self.k2, strides=1, padding="VALID") + self.b2)  # 11x11x16
        x = tf.nn.max_pool2d(x, ksize=2, strides=2, padding="VALID")  # 5x5x16
        x = tf.reshape(x, [tf.shape(x)[0], -1])  # flatten to 400 features
        return x @ self.w3 + self.b3


model = SmallCNN()
optimizer = tf.keras.optimizers.Adam(learning_rate=1e-3)  # TF 2's optimizers live in tf.keras
images = tf.random.normal([64, 28, 28, 1])
labels = tf.random.uniform([64], maxval=10, dtype=tf.int32)


@tf.function
def train_step(x, y):
    with tf.GradientTape() as tape:
        per_example = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=model(x))
        loss = tf.reduce_mean(per_example)
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


losses = [float(train_step(images, labels)) for _ in range(20)]  # the loss must go down

print(f"output shape: {model(images).shape}")
print(f"loss: {losses[0]:.3f} -> {losses[-1]:.3f}")
assert losses[-1] < losses[0]
