import torch
from torch import nn

torch.manual_seed(0)

# PyTorch images are channels-first: (batch, channels, height, width).
model = nn.Sequential(
    nn.Conv2d(1, 8, kernel_size=3),  # 28x28 -> 26x26
    nn.ReLU(),
    nn.MaxPool2d(2),  # -> 13x13
    nn.Conv2d(8, 16, kernel_size=3),  # -> 11x11
    nn.ReLU(),
    nn.MaxPool2d(2),  # -> 5x5
    nn.Flatten(),  # -> 16 * 5 * 5 = 400 features
    nn.Linear(16 * 5 * 5, 10),
)

images = torch.randn(32, 1, 28, 28)
labels = torch.randint(0, 10, (32,))
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
loss_fn = nn.CrossEntropyLoss()

losses = []
for step in range(15):  # a few steps on one batch: the loss must go down
    optimizer.zero_grad()
    loss = loss_fn(model(images), labels)
    loss.backward()
    optimizer.step()
    losses.append(loss.item())

print(f"output shape: {tuple(model(images).shape)}")
print(f"loss: {losses[0]:.3f} -> {losses[-1]:.3f}")
assert losses[-1] < losses[0]
