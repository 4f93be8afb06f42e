import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "2"  # keep TensorFlow's C++ start-up logs out of the output

import tensorflow as tf

tf.random.set_seed(0)
W = tf.random.normal([20, 3])
X = tf.random.normal([1024, 20])
y = tf.argmax(X @ W, axis=1, output_type=tf.int32)

# from_tensor_slices pairs row i of X with y[i]; the other steps form a lazy pipeline
dataset = (
    tf.data.Dataset.from_tensor_slices((X, y))
    # a buffer as large as the data gives a full shuffle, redrawn every epoch
    .shuffle(buffer_size=len(X), seed=1, reshuffle_each_iteration=True)
    .batch(64, drop_remainder=False)  # keep a smaller final batch if N is not a multiple of 64
    .prefetch(tf.data.AUTOTUNE)  # prepare the next batch while the model works on this one
)

# A linear classifier is enough to show the pipeline feeding a training step
w = tf.Variable(tf.zeros([20, 3]))
b = tf.Variable(tf.zeros([3]))
optimizer = tf.keras.optimizers.Adam(learning_rate=1e-2)  # TF 2's optimizers live in tf.keras


@tf.function
def train_step(xb, yb):
    with tf.GradientTape() as tape:
        logits = xb @ w + b
        loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(yb, logits))
    optimizer.apply_gradients(zip(tape.gradient(loss, [w, b]), [w, b]))
    return loss


first_labels = []
for epoch in range(3):
    seen, labels_seen = 0, []
    for batch_index, (xb, yb) in enumerate(dataset):  # each pass over the dataset is one epoch
        loss = train_step(xb, yb)
        seen += len(xb)
        labels_seen.append(yb)
        if batch_index == 0:
            first_labels.append(yb[:8].numpy().tolist())
    print(f"epoch {epoch}: {batch_index + 1} batches, {seen} rows, first labels {first_labels[-1]}")
    # every row exactly once per epoch: same count and the same label histogram as y
    assert seen == len(X)
    assert tf.reduce_all(tf.math.bincount(tf.concat(labels_seen, 0)) == tf.math.bincount(y))

assert first_labels[0] != first_labels[1] or first_labels[1] != first_labels[2]
print(f"final loss {float(loss):.3f}")
