import json
import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "2"  # keep TensorFlow's C++ start-up logs out of the output

import numpy as np
import tensorflow as tf

# Split the CPU into 2 logical devices before first use. On a machine with several GPUs,
# tf.distribute.MirroredStrategy() with no argument takes them all.
cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(cpu, [tf.config.LogicalDeviceConfiguration()] * 2)
strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])

# The spec's data and starting weights, from NumPy: the first 512 rows of the training-loop
# recipe in order as 8 global batches of 64, and the weights of "Define an MLP".
rng = np.random.default_rng(0)
X = rng.standard_normal((1280, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
X, y = X[:512], y[:512]
wrng = np.random.default_rng(0)
wrng.standard_normal((8, 20), dtype=np.float32)  # (define-mlp's input: skipped, weights follow)
weights = [
    (wrng.standard_normal((n_in, n_out), dtype=np.float32) / n_in**0.5,
     0.1 * wrng.standard_normal(n_out, dtype=np.float32))
    for n_in, n_out in [(20, 64), (64, 64), (64, 3)]
]
lr, eps, global_batch = 1e-3, 1e-8, 64


class MLP(tf.Module):
    def __init__(self):
        super().__init__()
        self.ws = [tf.Variable(W) for W, _ in weights]  # the spec's weights, (in, out)
        self.bs = [tf.Variable(b) for _, b in weights]

    def __call__(self, x):
        for w, b in zip(self.ws[:-1], self.bs[:-1]):
            x = tf.nn.relu(x @ w + b)
        return x @ self.ws[-1] + self.bs[-1]


def loss_of(model, x, y):
    return tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(y, model(x)))


with strategy.scope():  # variables made here are mirrored: one copy per device
    model = MLP()
    # TF 2's optimizers live in tf.keras; Adam's epsilon defaults to 1e-7 there
    optimizer = tf.keras.optimizers.Adam(lr, epsilon=eps)
    optimizer.build(model.trainable_variables)  # create Adam's mirrored slots up front

dataset = tf.data.Dataset.from_tensor_slices((X, y)).batch(global_batch)  # in order
dist_dataset = strategy.experimental_distribute_dataset(dataset)  # 64 rows -> 32 per device
rows_seen = []


@tf.function
def train_step(x, y):
    def replica_step(x, y):  # runs once per device on that device's part of the batch
        with tf.GradientTape() as tape:
            per_example = tf.nn.sparse_softmax_cross_entropy_with_logits(y, model(x))
            loss = tf.nn.compute_average_loss(per_example)  # sum / global batch size (64)
        grads = tape.gradient(loss, model.trainable_variables)
        # apply_gradients sums the gradients over replicas: their average, given the loss above
        optimizer.apply_gradients(zip(grads, model.trainable_variables))
        return tf.shape(x)[0]

    return strategy.run(replica_step, args=(x, y))


steps = 0
for xb, yb in dist_dataset:
    per_replica_rows = train_step(xb, yb)
    steps += 1
rows = [int(r) for r in strategy.experimental_local_results(per_replica_rows)]

# The same training on one device, with whole batches of 64, for comparison
single, single_opt = MLP(), tf.keras.optimizers.Adam(lr, epsilon=eps)
for xb, yb in dataset:
    with tf.GradientTape() as tape:
        loss = loss_of(single, xb, yb)
    single_opt.apply_gradients(zip(tape.gradient(loss, single.trainable_variables), single.trainable_variables))

copies = model.ws[0].values  # the per-device copies of a mirrored variable
replicas = len(copies)
in_sync = all(bool(tf.reduce_all(c == copies[0])) for c in copies)
final_loss = float(loss_of(model, X, y))
max_diff = float(np.abs(model(X).numpy() - single(X).numpy()).max())
print("copies on", [c.device.split("/")[-1] for c in copies])
print(f"{replicas} replicas, rows per device {rows}, replicas in sync: {in_sync}")
print(f"after {steps} steps: loss {final_loss:.4f}; largest difference from one-device training {max_diff:.1e}")
# Fails on one device: the spec needs two replicas that each saw half of every batch.
assert replicas == 2 and rows == [32, 32] and in_sync and max_diff < 1e-5 and steps == 8
print("RESULT", json.dumps({"replicas": replicas, "rows_per_device": rows, "replicas_in_sync": bool(in_sync),
                            "steps": steps, "final_loss": round(final_loss, 4),
                            "max_diff_vs_one_device": round(max_diff, 6)}))
