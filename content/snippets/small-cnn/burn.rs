// Written for burn 0.22.1 (Cargo features "flex" and "autodiff"). Parsed by this site's checks
// but not run: the verifier runs Python only, and Rust crates cannot be fetched on the machine
// that builds the site. The spec's NumPy images cannot be replayed by Burn's generator; the
// snippet draws 32 random images and labels from Burn's own, channels-first as Burn's Conv2d expects.
use burn::nn::conv::{Conv2d, Conv2dConfig};
use burn::nn::loss::CrossEntropyLossConfig;
use burn::nn::pool::{MaxPool2d, MaxPool2dConfig};
use burn::nn::{Linear, LinearConfig, Relu};
use burn::optim::{AdamConfig, GradientsParams};
use burn::prelude::*;
use burn::tensor::Distribution;

#[derive(Module, Debug)]
struct SmallCnn {
    conv1: Conv2d,
    conv2: Conv2d,
    pool: MaxPool2d,
    fc: Linear,
    relu: Relu,
}

impl SmallCnn {
    fn new(device: &Device) -> Self {
        Self {
            // Conv2dConfig defaults to stride 1 and PaddingConfig2d::Valid.
            conv1: Conv2dConfig::new([1, 8], [3, 3]).init(device),
            conv2: Conv2dConfig::new([8, 16], [3, 3]).init(device),
            pool: MaxPool2dConfig::new([2, 2]).init(), // stride defaults to the kernel size
            fc: LinearConfig::new(16 * 5 * 5, 10).init(device),
            relu: Relu::new(),
        }
    }

    fn features(&self, x: Tensor<4>) -> Tensor<2> {
        let x = self.pool.forward(self.relu.forward(self.conv1.forward(x))); // 28 -> 26 -> 13
        let x = self.pool.forward(self.relu.forward(self.conv2.forward(x))); // 13 -> 11 -> 5
        x.flatten(1, 3) // (batch, 16 * 5 * 5)
    }

    fn forward(&self, x: Tensor<4>) -> Tensor<2> {
        self.fc.forward(self.features(x))
    }
}

fn main() {
    let device = Device::flex().autodiff(); // Device::cuda(0).autodiff() on an NVIDIA GPU
    device.seed(0);
    let images = Tensor::<4>::random([32, 1, 28, 28], Distribution::Normal(0.0, 1.0), &device);
    let labels = Tensor::<1, Int>::random([32], Distribution::Uniform(0.0, 10.0), &device);

    let mut model = SmallCnn::new(&device);
    let params = model.num_params();
    let flat = model.features(images.clone()).dims()[1];
    let out_shape = model.forward(images.clone()).dims();

    let (lr, eps, steps) = (1e-3, 1e-8, 20);
    let mut optim = AdamConfig::new()
        .with_beta_1(0.9)
        .with_beta_2(0.999)
        .with_epsilon(eps as f32) // Burn's default is 1e-5
        .init();
    let loss_fn = CrossEntropyLossConfig::new().init(&device);
    let mut losses = Vec::new();
    for _ in 0..steps {
        let loss = loss_fn.forward(model.forward(images.clone()), labels.clone());
        losses.push(loss.clone().into_scalar::<f32>());
        let grads = GradientsParams::from_grads(loss.backward(), &model);
        model = optim.step(lr, model, grads);
    }
    let ratio = losses[steps - 1] / losses[0];
    println!("loss {:.3} -> {:.3}", losses[0], losses[steps - 1]);
    assert_eq!(params, 5258);
    assert_eq!(flat, 400);
    assert_eq!(out_shape, [32, 10]);
    assert!(ratio < 0.9, "20 steps on one batch should lower the loss");
    println!(
        "RESULT {{\"params\": {params}, \"flat_features\": {flat}, \"shape\": {out_shape:?}, \"lr\": {lr}, \"eps\": {eps:e}, \"steps\": {steps}, \"loss_ratio\": {ratio:.4}}}"
    );
}
