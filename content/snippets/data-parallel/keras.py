import json
import os

os.environ["KERAS_BACKEND"] = "jax"  # the site runs Keras 3 on the JAX backend
# Show the CPU as 2 devices (leave this out on a machine with several GPUs)
os.environ["XLA_FLAGS"] = "--xla_force_host_platform_device_count=2"

import keras
import numpy as np

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


def make_model():
    model = keras.Sequential(
        [
            keras.Input(shape=(20,)),
            keras.layers.Dense(64, activation="relu"),
            keras.layers.Dense(64, activation="relu"),
            keras.layers.Dense(3),
        ]
    )
    for layer, (W, b) in zip(model.layers, weights):  # Dense kernels are (in, out)
        layer.set_weights([W, b])
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=lr, epsilon=eps),  # Keras's default is 1e-7
        loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    )
    return model


# First the same training on one device, for comparison
single = make_model()
single.fit(X, y, batch_size=global_batch, epochs=1, shuffle=False, verbose=0)
expected = single.predict(X, batch_size=512, verbose=0)

devices = keras.distribution.list_devices("cpu")
# Replicate every variable on all devices and split each batch along its first axis
distribution = keras.distribution.DataParallel(devices=devices)
keras.distribution.set_distribution(distribution)

model = make_model()
# fit() places each batch of 64 as 32 rows per device. The loss is a mean over the whole
# batch, so XLA all-reduces (averages) the gradients and every replica applies the same update.
model.fit(X, y, batch_size=global_batch, epochs=1, shuffle=False, verbose=0)
steps = int(model.optimizer.iterations)

batch = keras.distribution.distribute_tensor(X[:64], distribution.get_data_layout((64, 20)))
rows = [shard.data.shape[0] for shard in batch.addressable_shards]  # JAX arrays under the hood
kernel = model.layers[0].kernel.value
replicas = len(kernel.devices())
in_sync = kernel.sharding.is_fully_replicated
final_loss = float(model.evaluate(X, y, batch_size=512, verbose=0))
max_diff = float(np.abs(model.predict(X, batch_size=512, verbose=0) - expected).max())
print(f"{replicas} replicas, rows per device {rows}, replicas in sync: {in_sync}")
print(f"after {steps} steps: loss {final_loss:.4f}; largest difference from one-device training {max_diff:.1e}")
# Fails on one device: the spec needs two replicas that each saw half of every batch.
assert replicas == 2 and rows == [32, 32] and in_sync and max_diff < 1e-5 and steps == 8
print("RESULT", json.dumps({"replicas": replicas, "rows_per_device": rows, "replicas_in_sync": bool(in_sync),
                            "steps": steps, "final_loss": round(final_loss, 4),
                            "max_diff_vs_one_device": round(max_diff, 6)}))
