import json
import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "2"  # keep TensorFlow's C++ start-up logs out of the output

import numpy as np
import tensorflow as tf

# The spec's data, one NumPy recipe for every framework: 1 280 points, the first 1 024 to train
# on, the last 256 held out; the label is the arg-max of a fixed random linear map.
rng = np.random.default_rng(0)
X = rng.standard_normal((1280, 20), dtype=np.float32)
y = np.argmax(X @ rng.standard_normal((20, 3), dtype=np.float32), axis=1)
X_train, y_train, X_test, y_test = X[:1024], y[:1024], X[1024:], y[1024:]
lr, eps, epochs, batch_size = 1e-3, 1e-8, 10, 64
tf.random.set_seed(0)  # the weights' initialisation and the dataset's shuffling


class Dense(tf.Module):
    def __init__(self, n_in, n_out):
        super().__init__()
        # Glorot-uniform weights and zero biases, as a Keras Dense layer starts
        limit = (6 / (n_in + n_out)) ** 0.5
        self.w = tf.Variable(tf.random.uniform([n_in, n_out], -limit, limit))
        self.b = tf.Variable(tf.zeros([n_out]))

    def __call__(self, x):
        return x @ self.w + self.b


class MLP(tf.Module):
    def __init__(self):
        super().__init__()
        self.layers = [Dense(20, 64), Dense(64, 64), Dense(64, 3)]

    def __call__(self, x):
        for layer in self.layers[:-1]:
            x = tf.nn.relu(layer(x))
        return self.layers[-1](x)


model = MLP()
# TensorFlow 2's optimizers live in tf.keras; they update plain tf.Variables. Their Adam
# defaults to epsilon=1e-7 (PyTorch and Optax: 1e-8): the spec's value is explicit.
optimizer = tf.keras.optimizers.Adam(learning_rate=lr, beta_1=0.9, beta_2=0.999, epsilon=eps)
# shuffle() draws a new order every epoch
train_ds = tf.data.Dataset.from_tensor_slices((X_train, y_train)).shuffle(1024, seed=0).batch(batch_size)


@tf.function  # traced once into a graph, then run without Python overhead
def train_step(x, y):
    with tf.GradientTape() as tape:
        per_example = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=model(x))
        loss = tf.reduce_mean(per_example)
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


for epoch in range(epochs):
    losses = [train_step(xb, yb) for xb, yb in train_ds]
    if epoch % 3 == 0 or epoch == epochs - 1:
        print(f"epoch {epoch}: loss {tf.reduce_mean(losses):.3f}")

# Outside a GradientTape nothing is recorded, so evaluation is just a forward pass
predictions = tf.argmax(model(X_test), axis=1).numpy()
acc = (predictions == y_test).mean()  # on the 256 held-out points
print(f"held-out accuracy: {acc:.3f}")
assert acc > 0.85
print("RESULT", json.dumps({"lr": lr, "eps": eps, "epochs": epochs, "batch_size": batch_size,
                            "train_samples": len(X_train), "test_samples": len(X_test),
                            "test_accuracy": round(float(acc), 3)}))
