import time

import jax
import jax.numpy as jnp

traces = 0


def dense_gelu(x, w, b):
    global traces
    traces += 1  # Python code in the body runs while JAX traces, not on every jitted call
    h = x @ w + b
    return 0.5 * h * (1 + jnp.tanh(0.7978845608 * (h + 0.044715 * h**3)))


k1, k2 = jax.random.split(jax.random.key(0))
x = jax.random.normal(k1, (1024, 128))
w = jax.random.normal(k2, (128, 128)) / 128**0.5
b = jnp.zeros(128)

# jax.jit traces once per input shape/dtype, then XLA compiles and fuses the whole thing.
fast = jax.jit(dense_gelu)
jit_out = fast(x, w, b)  # first call: trace + compile
fast(x, w, b)            # same shapes: cached executable, no retrace
assert traces == 1

eager_out = dense_gelu(x, w, b)  # plain execution, op by op

# Ahead-of-time: lower to StableHLO and compile explicitly.
compiled = fast.lower(x, w, b).compile()


def bench(f, n=50):
    f(x, w, b).block_until_ready()  # warm up; JAX dispatches asynchronously
    start = time.perf_counter()
    for _ in range(n):
        out = f(x, w, b)
    out.block_until_ready()
    return (time.perf_counter() - start) / n * 1e3


print(f"eager {bench(dense_gelu):.2f} ms/call, jit {bench(fast):.2f} ms/call")
assert jnp.allclose(eager_out, jit_out, atol=1e-5)
assert jnp.allclose(compiled(x, w, b), jit_out)
