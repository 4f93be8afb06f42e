import json
import os

os.environ["KERAS_BACKEND"] = "jax"  # the site runs Keras 3 on the JAX backend

import jax
import keras
import numpy as np
from keras import ops


class GatedDense(keras.layers.Layer):
    """y = (x @ W + b) * sigmoid(g), with a learned gate g per output unit."""

    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):  # called once the input size is known
        shape = (input_shape[-1], self.units)
        self.w = self.add_weight(shape=shape, initializer="glorot_uniform", name="w")
        self.b = self.add_weight(shape=(self.units,), initializer="zeros", name="b")
        self.g = self.add_weight(shape=(self.units,), initializer="zeros", name="g")

    def call(self, x):
        return (ops.matmul(x, self.w) + self.b) * ops.sigmoid(self.g)


gated = GatedDense(16)
model = keras.Sequential([keras.Input(shape=(20,)), gated, keras.layers.ReLU(), keras.layers.Dense(3)])

# The spec's data and weights, made with NumPy so every framework computes the same numbers.
rng = np.random.default_rng(0)
x = rng.standard_normal((64, 20), dtype=np.float32)
y = np.argmax(x @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
W1 = rng.standard_normal((20, 16), dtype=np.float32) / 20**0.5  # the gated layer: W, b, g
b1 = 0.1 * rng.standard_normal(16, dtype=np.float32)
g1 = 0.5 * rng.standard_normal(16, dtype=np.float32)
W2 = rng.standard_normal((16, 3), dtype=np.float32) / 16**0.5  # the output layer: (in, out)
b2 = np.zeros(3, dtype=np.float32)
gated.set_weights([W1, b1, g1])  # the spec's weights (a Dense kernel is (in, out) too)
model.layers[-1].set_weights([W2, b2])


# Keras 3 has no backend-neutral gradient API. On JAX, differentiate a pure function:
# stateless_call runs the model with the variable values passed in as arguments
def loss_fn(trainable, non_trainable):
    logits, _ = model.stateless_call(trainable, non_trainable, x)
    return ops.mean(keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True))


loss, grads = jax.value_and_grad(loss_fn)(
    [v.value for v in model.trainable_variables], [v.value for v in model.non_trainable_variables]
)
norms = {}
for var, grad in zip(model.trainable_variables, grads):
    assert float(ops.max(ops.abs(grad))) > 0
    if any(var is v for v in gated.trainable_variables):
        norms[var.name] = float(ops.norm(grad))
        print(f"{var.path:22s} {str(var.shape):8s} grad norm {norms[var.name]:.4f}")
layer_params = gated.count_params()
print("RESULT", json.dumps({"layer_params": int(layer_params), "loss": round(float(loss), 4),
                            "grad_norms_w_b_g": [round(float(norms[k]), 4) for k in "wbg"]}))
