import json
import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "2"  # keep TensorFlow's C++ start-up logs out of the output

import numpy as np
import tensorflow as tf

# The spec's data: 1 000 rows, so 64-row batches leave a smaller last batch of 40 (kept).
rng = np.random.default_rng(0)
X = rng.standard_normal((1000, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
row_id = np.arange(len(X))  # carried through the pipeline to check what each epoch served
lr, eps, epochs, batch_size = 1e-3, 1e-8, 3, 64

# from_tensor_slices pairs row i of each array; the other steps form a lazy pipeline
dataset = (
    tf.data.Dataset.from_tensor_slices((X, y, row_id))
    # a buffer as large as the data gives a full shuffle, redrawn every epoch
    .shuffle(buffer_size=len(X), seed=0, reshuffle_each_iteration=True)
    .batch(batch_size, drop_remainder=False)  # the default: keep the smaller final batch
    .prefetch(tf.data.AUTOTUNE)  # prepare the next batch while the model works on this one
)

# A linear classifier is the spec's model: the pipeline is the point
tf.random.set_seed(0)
w = tf.Variable(tf.zeros([20, 3]))
b = tf.Variable(tf.zeros([3]))
# TF 2's optimizers live in tf.keras; Adam's epsilon defaults to 1e-7 there
optimizer = tf.keras.optimizers.Adam(learning_rate=lr, epsilon=eps)


@tf.function
def train_step(xb, yb):
    with tf.GradientTape() as tape:
        logits = xb @ w + b
        loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(yb, logits))
    optimizer.apply_gradients(zip(tape.gradient(loss, [w, b]), [w, b]))
    return loss


orders, rows, batches, last = [], [], [], []
for epoch in range(epochs):
    served = []
    for xb, yb, ib in dataset:  # each pass over the dataset is one epoch
        train_step(xb, yb)
        served.append(ib.numpy())
    orders.append(np.concatenate(served))
    rows.append(len(orders[-1]))
    batches.append(len(served))
    last.append(len(served[-1]))

# Every epoch served each row exactly once, and the order changed between epochs.
every_row_once = all(np.array_equal(np.sort(o), row_id) for o in orders)
reshuffled = all(not np.array_equal(a, b) for a, b in zip(orders, orders[1:]))
print(f"{len(orders)} epochs: {batches[0]} batches of up to {batch_size} rows, the last {last[0]}")
print("first rows of each epoch:", [o[:4].tolist() for o in orders])
assert every_row_once and reshuffled and rows == [1000] * epochs and last == [40] * epochs
print("RESULT", json.dumps({"rows_per_epoch": rows[0], "batches_per_epoch": batches[0],
                            "last_batch": last[0], "epochs": len(orders),
                            "every_row_once": bool(every_row_once), "reshuffled": bool(reshuffled)}))
