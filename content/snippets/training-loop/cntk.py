import cntk as C
import numpy as np

C.cntk_py.set_fixed_random_seed(0)
rng = np.random.RandomState(0)
W = rng.randn(20, 3)
X = rng.randn(1280, 20).astype(np.float32)
Y = np.eye(3, dtype=np.float32)[np.argmax(X @ W, axis=1)]  # CNTK's loss takes one-hot labels
X_train, Y_train, X_test, Y_test = X[:1024], Y[:1024], X[1024:], Y[1024:]

x, y = C.input_variable(20), C.input_variable(3)
z = C.layers.Sequential([
    C.layers.Dense(64, activation=C.relu),
    C.layers.Dense(64, activation=C.relu),
    C.layers.Dense(3),
])(x)
loss = C.cross_entropy_with_softmax(z, y)
error = C.classification_error(z, y)

# momentum is Adam's beta1 and variance_momentum its beta2
learner = C.learners.adam(z.parameters, lr=1e-3, momentum=0.9, variance_momentum=0.999)
# each train_minibatch call runs forward, backward and the parameter update
trainer = C.Trainer(z, (loss, error), [learner])

for epoch in range(10):
    perm = rng.permutation(len(X_train))
    total = 0.0
    for i in range(0, len(X_train), 64):
        idx = perm[i : i + 64]
        trainer.train_minibatch({x: X_train[idx], y: Y_train[idx]})
        total += trainer.previous_minibatch_loss_average * len(idx)
    if epoch % 3 == 0 or epoch == 9:
        print(f"epoch {epoch}: loss {total / len(X_train):.3f}")

acc = 1.0 - trainer.test_minibatch({x: X_test, y: Y_test})  # test_minibatch returns the error rate
print(f"test accuracy: {acc:.2f}")
assert acc > 0.85
