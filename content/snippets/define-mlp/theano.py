import numpy as np
import theano
import theano.tensor as T

rng = np.random.RandomState(0)
floatX = theano.config.floatX  # float64 unless set to float32 in THEANO_FLAGS


def dense(n_in, n_out):
    # parameters are shared variables: values that live between calls of compiled functions
    bound = np.sqrt(6.0 / (n_in + n_out))
    W = theano.shared(rng.uniform(-bound, bound, (n_in, n_out)).astype(floatX))
    b = theano.shared(np.zeros(n_out, dtype=floatX))
    return W, b


layers = [dense(20, 64), dense(64, 64), dense(64, 3)]
params = [p for layer in layers for p in layer]

# build the model as a symbolic expression graph; nothing is computed yet
x = T.matrix("x")
h = x
for i, (W, b) in enumerate(layers):
    h = T.dot(h, W) + b
    if i < len(layers) - 1:
        h = T.nnet.relu(h)
logits = h  # raw class scores; softmax belongs to the loss

# compile the graph into a callable (Theano generates and builds C code here)
forward = theano.function([x], logits)

batch = rng.randn(8, 20).astype(floatX)
out = forward(batch)
n_params = sum(p.get_value().size for p in params)
print(f"output shape: {out.shape}, parameters: {n_params}")
assert out.shape == (8, 3)
assert n_params == 20 * 64 + 64 + 64 * 64 + 64 + 64 * 3 + 3
