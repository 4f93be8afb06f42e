import paddle
from paddle import nn
from paddle.io import DataLoader, TensorDataset

paddle.device.set_device("cpu")
paddle.seed(0)
W = paddle.randn([20, 3])
X_train, X_test = paddle.randn([1024, 20]), paddle.randn([256, 20])
y_train, y_test = (X_train @ W).argmax(1), (X_test @ W).argmax(1)

model = nn.Sequential(
    nn.Linear(20, 64), nn.ReLU(),
    nn.Linear(64, 64), nn.ReLU(),
    nn.Linear(64, 3),
)
# Paddle optimizers take the parameters as a keyword argument
optimizer = paddle.optimizer.Adam(learning_rate=1e-3, parameters=model.parameters())
loss_fn = nn.CrossEntropyLoss()  # takes logits and integer labels
loader = DataLoader(TensorDataset([X_train, y_train]), batch_size=64, shuffle=True)

for epoch in range(10):
    model.train()  # matters for dropout/batch norm; a good habit
    total = 0.0
    for xb, yb in loader:
        loss = loss_fn(model(xb), yb)
        loss.backward()
        optimizer.step()
        optimizer.clear_grad()
        total += loss.item() * len(xb)
    if epoch % 3 == 0 or epoch == 9:
        print(f"epoch {epoch}: loss {total / len(X_train):.3f}")

model.eval()
with paddle.no_grad():
    acc = (model(X_test).argmax(1) == y_test).astype("float32").mean().item()
print(f"test accuracy: {acc:.2f}")
assert acc > 0.85
