// Written for burn 0.22.1 (Cargo feature "flex"). Parsed by this site's checks but not run: the
// verifier runs Python only, and Rust crates cannot be fetched on the machine that builds the
// site. The spec's NumPy weights and rows cannot be replayed by Burn's generator; both are
// Burn's own, so the batch counts match the spec but the class counts and logit sum are Burn's.
use burn::nn::{Linear, LinearConfig, Relu};
use burn::prelude::*;
use burn::tensor::Distribution;

#[derive(Module, Debug)]
struct Mlp {
    fc1: Linear,
    fc2: Linear,
    fc3: Linear,
    relu: Relu,
}

impl Mlp {
    fn new(device: &Device) -> Self {
        Self {
            fc1: LinearConfig::new(20, 64).init(device),
            fc2: LinearConfig::new(64, 64).init(device),
            fc3: LinearConfig::new(64, 3).init(device),
            relu: Relu::new(),
        }
    }

    fn forward(&self, x: Tensor<2>) -> Tensor<2> {
        let x = self.relu.forward(self.fc1.forward(x));
        self.fc3.forward(self.relu.forward(self.fc2.forward(x)))
    }
}

fn main() {
    // Inference runs on a device without autodiff, so no graph is ever recorded; a model trained
    // on an autodiff device gets there with model.valid(). Device::cuda(0) would use a GPU.
    let device = Device::flex();
    device.seed(0);
    let model = Mlp::new(&device); // stands in for a trained model
    assert!(!device.is_autodiff());

    let n = 10_000;
    let x_big = Tensor::<2>::random([n, 20], Distribution::Normal(0.0, 1.0), &device);
    let batch_size = 1024; // 9 full batches and a last one of 784 rows
    let (mut outputs, mut sizes) = (Vec::new(), Vec::new());
    for xb in x_big.clone().split(batch_size, 0) {
        sizes.push(xb.dims()[0]); // split keeps the order and the smaller last piece
        outputs.push(model.forward(xb));
    }
    let logits = Tensor::cat(outputs, 0);
    let whole = model.forward(x_big); // one pass over everything, to compare
    let max_diff = (logits.clone() - whole).abs().max().into_scalar::<f32>();
    let labels: Vec<i64> = logits.clone().argmax(1).into_data().convert::<i64>().to_vec().unwrap();
    let mut counts = [0usize; 3];
    for l in &labels {
        counts[*l as usize] += 1;
    }
    println!("{} batches ({} ... {} rows), class counts {counts:?}", sizes.len(), sizes[0], sizes[sizes.len() - 1]);
    assert_eq!(logits.dims(), [n, 3]);
    assert_eq!(*sizes.last().unwrap(), 784);
    assert!(max_diff < 1e-5);
    println!(
        "RESULT {{\"rows\": {}, \"batches\": {}, \"last_batch\": {}, \"class_counts\": {counts:?}, \"logits_sum\": {:.2}, \"max_diff_vs_one_pass\": {max_diff}}}",
        labels.len(),
        sizes.len(),
        sizes[sizes.len() - 1],
        logits.sum().into_scalar::<f32>()
    );
}
