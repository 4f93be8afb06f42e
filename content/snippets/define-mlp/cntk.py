import cntk as C
import numpy as np

C.cntk_py.set_fixed_random_seed(0)  # makes the parameter initialisers repeatable

# an input variable describes ONE sample; the batch axis is implicit
x = C.input_variable(20)
model = C.layers.Sequential([
    C.layers.Dense(64, activation=C.relu),
    C.layers.Dense(64, activation=C.relu),
    C.layers.Dense(3),  # raw logits; the loss applies softmax
])
z = model(x)  # calling the layer function on x builds the graph and infers the weight shapes

batch = np.random.RandomState(0).randn(8, 20).astype(np.float32)
logits = z.eval({x: batch})  # feed a NumPy batch, get a NumPy array back
n_params = sum(p.value.size for p in z.parameters)
print(f"output shape: {logits.shape}, parameters: {n_params}")
assert logits.shape == (8, 3)
assert n_params == 20 * 64 + 64 + 64 * 64 + 64 + 64 * 3 + 3
