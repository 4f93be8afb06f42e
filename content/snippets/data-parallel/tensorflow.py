import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "2"  # keep TensorFlow's C++ start-up logs out of the output

import tensorflow as tf

cpu = tf.config.list_physical_devices("CPU")[0]  # split into 2 logical devices before first use
tf.config.set_logical_device_configuration(cpu, [tf.config.LogicalDeviceConfiguration()] * 2)
strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])

tf.random.set_seed(0)
W = tf.random.normal([20, 3])
X_train, X_test = tf.random.normal([1024, 20]), tf.random.normal([256, 20])
y_train, y_test = tf.argmax(X_train @ W, axis=1), tf.argmax(X_test @ W, axis=1)


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


with strategy.scope():  # variables made here are mirrored: one copy per device
    model = MLP()
    optimizer = tf.keras.optimizers.Adam(1e-2)  # TF 2's optimizers live in tf.keras
    optimizer.build(model.trainable_variables)  # create Adam's mirrored slots up front

dataset = tf.data.Dataset.from_tensor_slices((X_train, y_train)).shuffle(1024, seed=0).batch(64)
dist_dataset = strategy.experimental_distribute_dataset(dataset)  # 64 rows -> 32 per device


@tf.function
def train_step(x, y):
    def replica_step(x, y):  # runs once per device on that device's half of the batch
        with tf.GradientTape() as tape:
            per_example = tf.nn.sparse_softmax_cross_entropy_with_logits(y, model(x))
            loss = tf.nn.compute_average_loss(per_example)  # sum / global batch size (64)
        grads = tape.gradient(loss, model.trainable_variables)
        # apply_gradients sums the gradients over replicas: their average, given the loss above
        optimizer.apply_gradients(zip(grads, model.trainable_variables))
        return loss

    return strategy.reduce("SUM", strategy.run(replica_step, args=(x, y)), axis=None)


for epoch in range(5):
    losses = [train_step(x, y) for x, y in dist_dataset]

acc = tf.reduce_mean(tf.cast(tf.argmax(model(X_test), axis=1) == y_test, tf.float32))
copies = model.ws[0].values  # the per-device copies of a mirrored variable
print(f"{strategy.num_replicas_in_sync} replicas on {[c.device[-5:] for c in copies]}")
print(f"final loss {float(tf.reduce_mean(losses)):.3f}, test accuracy: {float(acc):.2f}")
assert len(copies) == 2 and bool(tf.reduce_all(copies[0] == copies[1])) and acc > 0.85
