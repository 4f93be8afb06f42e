import numpy as np
import theano
import theano.tensor as T

rng = np.random.RandomState(0)
floatX = theano.config.floatX
W_true = rng.randn(20, 3)
X = rng.randn(1280, 20).astype(floatX)
y = np.argmax(X.dot(W_true), axis=1).astype("int32")
X_train, y_train, X_test, y_test = X[:1024], y[:1024], X[1024:], y[1024:]


def dense(n_in, n_out):
    bound = np.sqrt(6.0 / (n_in + n_out))
    W = theano.shared(rng.uniform(-bound, bound, (n_in, n_out)).astype(floatX))
    return W, theano.shared(np.zeros(n_out, dtype=floatX))


layers = [dense(20, 64), dense(64, 64), dense(64, 3)]
params = [p for layer in layers for p in layer]
x, t = T.matrix("x"), T.ivector("t")
h = T.nnet.relu(T.dot(x, layers[0][0]) + layers[0][1])
h = T.nnet.relu(T.dot(h, layers[1][0]) + layers[1][1])
logits = T.dot(h, layers[2][0]) + layers[2][1]
loss = T.nnet.categorical_crossentropy(T.nnet.softmax(logits), t).mean()


def adam(loss, params, lr=1e-3, b1=0.9, b2=0.999, eps=1e-8):
    # Theano has no optimizer classes: an optimizer is a list of (shared variable, new value) pairs
    step = theano.shared(np.asarray(0.0, dtype=floatX))
    step_new = step + 1
    lr_t = lr * T.sqrt(1 - b2 ** step_new) / (1 - b1 ** step_new)
    updates = [(step, step_new)]
    for p, g in zip(params, T.grad(loss, params)):
        m = theano.shared(np.zeros_like(p.get_value()))
        v = theano.shared(np.zeros_like(p.get_value()))
        m_new, v_new = b1 * m + (1 - b1) * g, b2 * v + (1 - b2) * g ** 2
        updates += [(m, m_new), (v, v_new), (p, p - lr_t * m_new / (T.sqrt(v_new) + eps))]
    return updates


# one compiled call = forward, backward and parameter update
train_step = theano.function([x, t], loss, updates=adam(loss, params))
predict = theano.function([x], T.argmax(logits, axis=1))

for epoch in range(10):
    perm = rng.permutation(len(X_train))
    total = 0.0
    for i in range(0, len(X_train), 64):
        idx = perm[i : i + 64]
        total += train_step(X_train[idx], y_train[idx]) * len(idx)
    if epoch % 3 == 0 or epoch == 9:
        print(f"epoch {epoch}: loss {total / len(X_train):.3f}")

acc = np.mean(predict(X_test) == y_test)
print(f"test accuracy: {acc:.2f}")
assert acc > 0.85
