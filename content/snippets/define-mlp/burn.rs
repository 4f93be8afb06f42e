// Written for burn 0.22.1 (Cargo feature "flex"). Parsed by this site's checks but not run: the
// verifier runs Python only, and Rust crates cannot be fetched on the machine that builds the site.
// The spec's NumPy weights cannot be replayed by Burn's generator, so this snippet draws its own
// input and weights from Burn's seeded generator: params and shape match the spec, the logits
// are Burn's own numbers.
use burn::nn::{Linear, LinearConfig, Relu};
use burn::prelude::*;
use burn::tensor::{activation::softmax, Distribution};

// Deriving Module makes the struct a model: its parameters can be listed, moved between devices,
// saved and updated by an optimizer.
#[derive(Module, Debug)]
struct Mlp {
    fc1: Linear,
    fc2: Linear,
    fc3: Linear,
    relu: Relu,
}

// Burn's convention: a Config describes the model, and init() builds it on a device.
#[derive(Config, Debug)]
struct MlpConfig {
    #[config(default = 20)]
    inputs: usize,
    #[config(default = 64)]
    hidden: usize,
    #[config(default = 3)]
    classes: usize,
}

impl MlpConfig {
    fn init(&self, device: &Device) -> Mlp {
        Mlp {
            fc1: LinearConfig::new(self.inputs, self.hidden).init(device),
            fc2: LinearConfig::new(self.hidden, self.hidden).init(device),
            fc3: LinearConfig::new(self.hidden, self.classes).init(device),
            relu: Relu::new(),
        }
    }
}

impl Mlp {
    fn forward(&self, x: Tensor<2>) -> Tensor<2> {
        let x = self.relu.forward(self.fc1.forward(x));
        let x = self.relu.forward(self.fc2.forward(x));
        self.fc3.forward(x) // raw class scores (logits)
    }
}

fn round4(v: f32) -> f64 {
    (v as f64 * 1e4).round() / 1e4
}

fn main() {
    let device = Device::flex(); // with the "cuda" feature, Device::cuda(0) would use a GPU
    device.seed(0);
    let model = MlpConfig::new().init(&device);
    let x = Tensor::<2>::random([8, 20], Distribution::Normal(0.0, 1.0), &device);
    let logits = model.forward(x);
    let n_params = model.num_params();
    println!("{model}"); // Burn prints the module tree with each layer's shapes
    println!("output shape: {:?}, parameters: {n_params}", logits.dims());

    assert_eq!(logits.dims(), [8, 3]);
    assert_eq!(n_params, 20 * 64 + 64 + 64 * 64 + 64 + 64 * 3 + 3);
    let row_sums: Vec<f32> = softmax(logits.clone(), 1).sum_dim(1).into_data().to_vec().unwrap();
    assert!(row_sums.iter().all(|s| (s - 1.0).abs() < 1e-5));

    let values: Vec<f32> = logits.clone().into_data().to_vec().unwrap();
    let row0: Vec<f64> = values[..3].iter().map(|v| round4(*v)).collect();
    let sum = round4(logits.sum().into_scalar::<f32>());
    println!(
        "RESULT {{\"params\": {n_params}, \"shape\": {:?}, \"logits_row0\": {row0:?}, \"logits_sum\": {sum}}}",
        [8, 3]
    );
}
