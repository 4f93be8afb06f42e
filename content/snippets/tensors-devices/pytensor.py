# Written for PyTensor 3.0.7, the newest release for Python 3.11 (this site's snippet
# environment); PyTensor 3.1 and later need Python 3.12.
import json

import numpy as np
import pytensor
import pytensor.tensor as pt

# PyTensor tensors are symbolic: expressions build a graph, and pytensor.function compiles it
# into a callable that takes and returns NumPy arrays.
a = pt.as_tensor([[1.0, 2.0], [3.0, 4.0]], dtype="float32")  # a constant from Python values
# The spec's shared data comes from NumPy, so every framework multiplies the same numbers.
# A shared variable holds a value that lives between calls (model weights are shared variables).
b = pytensor.shared(np.random.default_rng(0).standard_normal((2, 2), dtype=np.float32), name="b")
# PyTensor's own random numbers come from a generator held in a shared variable; a draw returns
# the advanced generator too, which an update stores back (its numbers are its own).
rng = pytensor.shared(np.random.default_rng(0))
next_rng, noise = pt.random.normal(size=(2, 2), rng=rng, return_next_rng=True)
x = pt.matrix("x", dtype="float32")  # a placeholder: a float32 matrix of any shape
c = a * 2 + b  # elementwise arithmetic
d = a @ b  # matrix product
# The type is known before any value: float32, 2 rows (from a); the columns come from b, whose
# shape may change with set_value, so it shows as unknown (None).
print(d.type, d.dtype, d.type.shape)
i = pt.arange(6).reshape((2, 3))
print(i.dtype)  # integers are int64

# There are no devices in PyTensor's API: the backend picked by the mode decides where the
# compiled code runs. The default here is Numba on the CPU; mode="C" is the C backend;
# mode="JAX" hands the graph to JAX, which runs it on a GPU when jaxlib has one.
fn = pytensor.function([x], [d, c, x + 1, i.astype("float32").mean(), noise], updates={rng: next_rng})
d_np, c_np, e_np, mean, noise_np = fn(np.ones((2, 2), dtype=np.float32))
d_jax = pytensor.function([], d, mode="JAX")()  # the same graph through JAX (on its CPU here)
# Values go in and out as NumPy arrays; get_value/set_value read and replace a shared value.
b_np = b.get_value()
assert np.allclose(d_np, a.data @ b_np, atol=1e-6) and np.allclose(np.asarray(d_jax), d_np, atol=1e-6)
assert np.array_equal(e_np, np.full((2, 2), 2.0)) and mean == 2.5 and noise_np.shape == (2, 2)
assert isinstance(d_np, np.ndarray) and d_np.dtype == np.float32
print(f"a @ b ({type(fn.maker.linker).__name__}):\n{d_np}")
print("RESULT", json.dumps({"matmul": np.round(d_np.astype(float), 4).tolist(), "shape": list(d_np.shape),
                            "dtype": str(d_np.dtype)}))
