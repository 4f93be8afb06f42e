import json
import os
import tempfile

os.environ["KERAS_BACKEND"] = "jax"  # the site runs Keras 3 on the JAX backend

import keras
import numpy as np


def make_model():
    model = keras.Sequential(
        [
            keras.Input(shape=(20,)),
            keras.layers.Dense(64, activation="relu"),
            keras.layers.Dense(64, activation="relu"),
            keras.layers.Dense(3),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=lr, epsilon=eps),  # Keras's default is 1e-7
        loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    )
    return model


# The spec's data: 256 NumPy rows, trained on as one batch.
rng = np.random.default_rng(0)
X = rng.standard_normal((256, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
lr, eps, steps = 1e-3, 1e-8, 20
keras.utils.set_random_seed(0)
model = make_model()
for _ in range(steps):
    model.train_on_batch(X, y)
expected = model.predict(X, verbose=0)

with tempfile.TemporaryDirectory() as tmp:
    # Whole model: architecture + weights + optimizer state in one .keras file
    model.save(os.path.join(tmp, "model.keras"))
    restored = keras.saving.load_model(os.path.join(tmp, "model.keras"))

    # Weights only (plus optimizer variables): rebuild the model in code, load into it
    model.save_weights(os.path.join(tmp, "mlp.weights.h5"))
    keras.utils.set_random_seed(1)
    fresh = make_model()  # other random weights
    differs_before = not np.array_equal(fresh.predict(X, verbose=0), expected)
    fresh.optimizer.build(fresh.trainable_variables)  # create the slots to load into
    fresh.load_weights(os.path.join(tmp, "mlp.weights.h5"))

restored_step = int(fresh.optimizer.iterations)
print("optimizer steps (trained, .keras, .weights.h5):",
      [int(m.optimizer.iterations) for m in (model, restored, fresh)])
equal_after_restore = all(np.array_equal(m.predict(X, verbose=0), expected) for m in (restored, fresh))

# The optimizer state came back too: one more step keeps all three in lockstep.
for m in (model, restored, fresh):
    m.train_on_batch(X, y)
after = [m.predict(X, verbose=0) for m in (model, restored, fresh)]
equal_after_step = np.array_equal(after[0], after[1]) and np.array_equal(after[0], after[2])
print(f"outputs match {equal_after_restore}, also after one more step {equal_after_step}")
assert differs_before and equal_after_restore and equal_after_step and int(restored.optimizer.iterations) == steps + 1
print("RESULT", json.dumps({"steps_before_save": steps, "restored_step": int(restored_step),
                            "differs_before_restore": bool(differs_before), "outputs_equal": bool(equal_after_restore),
                            "equal_after_one_more_step": bool(equal_after_step)}))
