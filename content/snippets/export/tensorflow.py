import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "2"  # keep TensorFlow's C++ start-up logs out of the output

import tempfile

import numpy as np
import tensorflow as tf


class MLP(tf.Module):
    def __init__(self, sizes=(20, 64, 64, 3)):
        super().__init__()
        pairs = list(zip(sizes, sizes[1:]))
        self.ws = [tf.Variable(tf.random.normal([m, n], stddev=(2 / m) ** 0.5)) for m, n in pairs]
        self.bs = [tf.Variable(tf.zeros([n])) for n in sizes[1:]]

    # The input signature fixes dtype and shape (any batch size) of the exported graph
    @tf.function(input_signature=[tf.TensorSpec([None, 20], tf.float32)])
    def __call__(self, x):
        for w, b in zip(self.ws[:-1], self.bs[:-1]):
            x = tf.nn.relu(x @ w + b)
        return x @ self.ws[-1] + self.bs[-1]


tf.random.set_seed(0)
W = tf.random.normal([20, 3])
X = tf.random.normal([1024, 20])
y = tf.argmax(X @ W, axis=1)

model = MLP()
optimizer = tf.keras.optimizers.Adam(1e-3)  # TF 2's optimizers live in tf.keras
for xb, yb in tf.data.Dataset.from_tensor_slices((X, y)).shuffle(1024, seed=0).batch(64).repeat(2):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(yb, model(xb)))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))

with tempfile.TemporaryDirectory() as tmp:
    # A SavedModel holds the traced graph and the variable values: what TF Serving loads
    tf.saved_model.save(model, tmp, signatures={"serving_default": model.__call__})

    # Reloading needs no MLP class: the graph comes from the files
    loaded = tf.saved_model.load(tmp)
    outputs = loaded(X[:8])  # the restored tf.function
    serving = loaded.signatures["serving_default"]  # the entry point servers call
    served = serving(x=X[:8])["output_0"]  # signatures take keyword inputs and return a dict

expected = model(X[:8]).numpy()
print("signature inputs:", serving.structured_input_signature[1])
print("exported model outputs:", outputs.shape, f"max diff {np.abs(outputs - expected).max():.2e}")
assert np.allclose(outputs, expected, atol=1e-6) and np.allclose(served, expected, atol=1e-6)
