import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "2"  # keep TensorFlow's C++ start-up logs out of the output

import tempfile

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


def train_step(model, optimizer, x, y):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(y, model(x)))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))


tf.random.set_seed(0)
W = tf.random.normal([20, 3])
X = tf.random.normal([256, 20])
y = tf.argmax(X @ W, axis=1)

model, optimizer = MLP(), tf.keras.optimizers.Adam(1e-3)  # TF 2's optimizers live in tf.keras
for _ in range(20):
    train_step(model, optimizer, X, y)

with tempfile.TemporaryDirectory() as tmp:
    # A Checkpoint saves every variable reachable from the objects you hand it
    ckpt = tf.train.Checkpoint(model=model, optimizer=optimizer)
    manager = tf.train.CheckpointManager(ckpt, tmp, max_to_keep=3)  # prunes old checkpoints
    path = manager.save(checkpoint_number=20)

    restored, restored_opt = MLP(), tf.keras.optimizers.Adam(1e-3)  # different random weights
    restored_opt.build(restored.trainable_variables)  # create Adam's moment slots to restore into
    new_ckpt = tf.train.Checkpoint(model=restored, optimizer=restored_opt)
    # assert_consumed() fails if a saved value found no variable to go into, or vice versa
    new_ckpt.restore(manager.latest_checkpoint).assert_consumed()

assert np.array_equal(model(X).numpy(), restored(X).numpy())

# Because Adam's moments and step count were restored too, one more step keeps both in lockstep
train_step(model, optimizer, X, y)
train_step(restored, restored_opt, X, y)
assert np.array_equal(model(X).numpy(), restored(X).numpy())
print(f"restored {os.path.basename(path)}: outputs match, also after one more step")
