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


model = keras.Sequential(
    [keras.Input(shape=(20,)), GatedDense(16), keras.layers.ReLU(), GatedDense(3)]
)

rng = np.random.default_rng(0)
x = rng.normal(size=(64, 20)).astype("float32")
y = rng.integers(0, 3, size=64)


# Keras 3 has no backend-neutral gradient API. On JAX, differentiate a pure function:
# stateless_call runs the model with the variable values passed in as arguments
def loss_fn(trainable, non_trainable):
    logits, _ = model.stateless_call(trainable, non_trainable, x)
    return ops.mean(keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True))


grads = jax.grad(loss_fn)(
    [v.value for v in model.trainable_variables], [v.value for v in model.non_trainable_variables]
)
for var, grad in zip(model.trainable_variables, grads):
    print(f"{var.path:26s} {str(var.shape):8s} grad norm {float(ops.norm(grad)):.4f}")
    assert float(ops.max(ops.abs(grad))) > 0
