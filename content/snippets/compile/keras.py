import json
import os
import time

os.environ["KERAS_BACKEND"] = "jax"  # the site runs Keras 3 on the JAX backend

import keras
import numpy as np

# The spec's data and starting weights, from NumPy: the first 512 rows of the training-loop
# recipe, fed in order as 8 batches of 64, and the weights of "Define an MLP".
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
lr, eps, batch_size = 1e-3, 1e-8, 64

outputs, final_loss = {}, {}
for mode in ("eager", "compiled"):
    model = keras.Sequential(
        [
            keras.Input(shape=(20,)),
            keras.layers.Dense(64, activation="relu"),
            keras.layers.Dense(64, activation="relu"),
            keras.layers.Dense(3),
        ]
    )
    for layer, (W, b) in zip(model.layers, weights):  # both runs start from the spec's weights
        layer.set_weights([W, b])
    # jit_compile=True traces the train/predict steps once and compiles them with XLA (on JAX
    # the default "auto" does this too); False runs them op by op
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=lr, epsilon=eps),  # Keras's default is 1e-7
        loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
        jit_compile=mode == "compiled",
    )
    start = time.perf_counter()
    history = model.fit(X, y, batch_size=batch_size, epochs=1, shuffle=False, verbose=0)
    steps = int(model.optimizer.iterations)
    print(f"{mode:8}: {steps} training steps in {time.perf_counter() - start:.1f} s")
    outputs[mode] = model.predict(X, batch_size=512, verbose=0)
    final_loss[mode] = float(model.evaluate(X, y, batch_size=512, verbose=0))

max_diff = float(np.abs(outputs["compiled"] - outputs["eager"]).max())
print(f"{steps} steps each; loss after training {final_loss['compiled']:.4f} compiled, "
      f"{final_loss['eager']:.4f} eager; outputs differ by at most {max_diff:.1e}")
assert steps == 8 and max_diff < 1e-4 and abs(final_loss["compiled"] - final_loss["eager"]) < 1e-5
print("RESULT", json.dumps({"steps": steps, "final_loss": round(final_loss["compiled"], 4),
                            "max_abs_diff_compiled_vs_eager": round(max_diff, 6)}))
