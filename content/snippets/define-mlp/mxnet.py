import mxnet as mx
from mxnet import nd
from mxnet.gluon import nn

mx.random.seed(0)
net = nn.HybridSequential()
with net.name_scope():  # gives the layers' parameters unique name prefixes
    net.add(
        nn.Dense(64, activation="relu", in_units=20),
        nn.Dense(64, activation="relu", in_units=64),
        nn.Dense(3, in_units=64),  # raw logits; the loss applies softmax
    )
net.initialize(mx.init.Xavier())
net.hybridize()  # the first call traces the model into a static, optimised graph
print(net)

x = nd.random.normal(shape=(8, 20))
logits = net(x)  # runs asynchronously; .shape or .asnumpy() waits for the result
n_params = sum(p.data().size for p in net.collect_params().values())
print(f"output shape: {logits.shape}, parameters: {n_params}")
assert logits.shape == (8, 3)
assert n_params == 20 * 64 + 64 + 64 * 64 + 64 + 64 * 3 + 3
