import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "2"  # keep TensorFlow's C++ start-up logs out of the output

import tensorflow as tf

tf.random.set_seed(0)
W = tf.random.normal([20, 3])
X_train, X_test = tf.random.normal([1024, 20]), tf.random.normal([256, 20])
y_train, y_test = tf.argmax(X_train @ W, axis=1), tf.argmax(X_test @ W, axis=1)


class Dense(tf.Module):
    def __init__(self, n_in, n_out):
        super().__init__()
        self.w = tf.Variable(tf.random.normal([n_in, n_out], stddev=(2 / n_in) ** 0.5))
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
# TensorFlow 2's optimizers live in tf.keras; they update plain tf.Variables
optimizer = tf.keras.optimizers.Adam(learning_rate=1e-2)
# shuffle() draws a new order every epoch
train_ds = tf.data.Dataset.from_tensor_slices((X_train, y_train)).shuffle(1024, seed=0).batch(64)


@tf.function  # traced once into a graph, then run without Python overhead
def train_step(x, y):
    with tf.GradientTape() as tape:
        per_example = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=model(x))
        loss = tf.reduce_mean(per_example)
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


for epoch in range(10):
    losses = [train_step(xb, yb) for xb, yb in train_ds]
    if epoch % 3 == 0 or epoch == 9:
        print(f"epoch {epoch}: loss {tf.reduce_mean(losses):.3f}")

# Outside a GradientTape nothing is recorded, so evaluation is just a forward pass
predictions = tf.argmax(model(X_test), axis=1)
acc = tf.reduce_mean(tf.cast(predictions == y_test, tf.float32)).numpy()
print(f"test accuracy: {acc:.2f}")
assert acc > 0.85
