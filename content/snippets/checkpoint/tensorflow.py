import json
import os
import tempfile

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


def train_step(model, optimizer):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(y, model(X)))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))


# The spec's data: 256 NumPy rows, trained on as one batch.
rng = np.random.default_rng(0)
X = rng.standard_normal((256, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
lr, eps, steps = 1e-3, 1e-8, 20

tf.random.set_seed(0)
# TF 2's optimizers live in tf.keras; Adam's epsilon defaults to 1e-7 there
model, optimizer = MLP(), tf.keras.optimizers.Adam(lr, epsilon=eps)
for _ in range(steps):
    train_step(model, optimizer)

with tempfile.TemporaryDirectory() as tmp:
    # A Checkpoint saves every variable reachable from the objects you hand it
    ckpt = tf.train.Checkpoint(model=model, optimizer=optimizer)
    manager = tf.train.CheckpointManager(ckpt, tmp, max_to_keep=3)  # prunes old checkpoints
    path = manager.save(checkpoint_number=steps)

    restored, restored_opt = MLP(), tf.keras.optimizers.Adam(lr, epsilon=eps)  # other random weights
    differs_before = not np.array_equal(model(X).numpy(), restored(X).numpy())
    restored_opt.build(restored.trainable_variables)  # create Adam's moment slots to restore into
    new_ckpt = tf.train.Checkpoint(model=restored, optimizer=restored_opt)
    # assert_consumed() fails if a saved value found no variable to go into, or vice versa
    new_ckpt.restore(manager.latest_checkpoint).assert_consumed()

equal_after_restore = np.array_equal(model(X).numpy(), restored(X).numpy())
restored_step = int(restored_opt.iterations)

# Because Adam's moments and step count were restored too, one more step keeps both in lockstep
train_step(model, optimizer)
train_step(restored, restored_opt)
equal_after_step = np.array_equal(model(X).numpy(), restored(X).numpy())
print(f"restored {os.path.basename(path)}: outputs match {equal_after_restore}, "
      f"also after one more step {equal_after_step}")
assert differs_before and equal_after_restore and equal_after_step and restored_step == steps
print("RESULT", json.dumps({"steps_before_save": steps, "restored_step": int(restored_step),
                            "differs_before_restore": bool(differs_before), "outputs_equal": bool(equal_after_restore),
                            "equal_after_one_more_step": bool(equal_after_step)}))
