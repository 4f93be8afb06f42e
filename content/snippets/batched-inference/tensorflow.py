import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "2"  # keep TensorFlow's C++ start-up logs out of the output

import numpy as np
import tensorflow as tf


class MLP(tf.Module):
    def __init__(self, sizes=(20, 64, 64, 3)):
        super().__init__()
        pairs = list(zip(sizes, sizes[1:]))
        self.ws = [tf.Variable(tf.random.normal([m, n], stddev=(2 / m) ** 0.5)) for m, n in pairs]
        self.bs = [tf.Variable(tf.zeros([n])) for n in sizes[1:]]

    def __call__(self, x):
        for w, b in zip(self.ws[:-1], self.bs[:-1]):
            x = tf.nn.relu(x @ w + b)
        return x @ self.ws[-1] + self.bs[-1]


tf.random.set_seed(0)
W = tf.random.normal([20, 3])
X = tf.random.normal([1024, 20])
y = tf.argmax(X @ W, axis=1)
model = MLP()
optimizer = tf.keras.optimizers.Adam(1e-2)  # TF 2's optimizers live in tf.keras
for xb, yb in tf.data.Dataset.from_tensor_slices((X, y)).shuffle(1024, seed=0).batch(64).repeat(3):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(yb, model(xb)))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))


# No GradientTape is open, so nothing is recorded for gradients. This model has no
# dropout or batch norm; modules that do usually take a `training=False` argument.
# A fixed signature with a free batch size means one trace serves every batch.
@tf.function(input_signature=[tf.TensorSpec([None, 20], tf.float32)])
def predict(x):
    return model(x)


big = tf.random.normal([50_000, 20])
batches = tf.data.Dataset.from_tensor_slices(big).batch(1024).prefetch(tf.data.AUTOTUNE)
logits = tf.concat([predict(batch) for batch in batches], axis=0)  # the last batch is smaller

labels = tf.argmax(logits, axis=1)
accuracy = float(tf.reduce_mean(tf.cast(labels == tf.argmax(big @ W, axis=1), tf.float32)))
print(f"predicted {labels.shape[0]} rows in {len(batches)} batches, accuracy {accuracy:.2f}")
assert logits.shape == (50_000, 3) and np.allclose(logits[:1024], model(big[:1024]), atol=1e-5)
assert accuracy > 0.8
