import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "2"  # keep TensorFlow's C++ start-up logs out of the output

import tensorflow as tf

tf.random.set_seed(0)


class Dense(tf.Module):
    def __init__(self, n_in, n_out, name=None):
        super().__init__(name=name)
        # He initialisation suits ReLU layers
        self.w = tf.Variable(tf.random.normal([n_in, n_out], stddev=(2 / n_in) ** 0.5), name="w")
        self.b = tf.Variable(tf.zeros([n_out]), name="b")

    def __call__(self, x):
        return x @ self.w + self.b


class MLP(tf.Module):
    def __init__(self, name=None):
        super().__init__(name=name)
        # tf.Module finds variables in attributes, lists and dicts by itself
        self.layers = [Dense(20, 64), Dense(64, 64), Dense(64, 3)]

    def __call__(self, x):
        for layer in self.layers[:-1]:
            x = tf.nn.relu(layer(x))
        return self.layers[-1](x)  # raw class scores (logits)


model = MLP(name="mlp")
x = tf.random.normal([8, 20])
logits = model(x)

n_params = sum(int(tf.size(v)) for v in model.trainable_variables)
print(f"output shape: {logits.shape}")
print(f"{len(model.trainable_variables)} variables, {n_params} parameters")
assert logits.shape == (8, 3)
assert n_params == (20 * 64 + 64) + (64 * 64 + 64) + (64 * 3 + 3)
