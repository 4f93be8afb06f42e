// Written for burn 0.22.1 (Cargo features "flex" and "safetensors"). Parsed by this site's
// checks but not run: the verifier runs Python only, and Rust crates cannot be fetched on the
// machine that builds the site.
//
// Burn has no graph exporter and no ONNX export: ONNX goes the other way, through burn-onnx,
// which turns an ONNX file into Rust code. A Burn model ships as Rust code compiled into the
// deploying binary plus a file of named weights: a burnpack record, or, as here, safetensors,
// which other frameworks can read too. The spec's NumPy weights cannot be replayed by Burn's
// generator, so the input and weights are Burn's own: the shapes and the match with the
// in-memory model are checked, the logits are Burn's numbers.
use burn::nn::{Linear, LinearConfig, Relu};
use burn::prelude::*;
use burn::store::{ModuleSnapshot, SafetensorsStore};
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
    let device = Device::flex(); // inference needs no autodiff
    device.seed(0);
    let x = Tensor::<2>::random([8, 20], Distribution::Normal(0.0, 1.0), &device);
    let model = Mlp::new(&device);
    let expected = model.forward(x.clone());

    let path = std::env::temp_dir().join(format!("burn-mlp-{}.safetensors", std::process::id()));
    // Tensors are stored under their module paths: fc1.weight, fc1.bias, ...
    model.save_into(&mut SafetensorsStore::from_file(path.clone())).unwrap();

    // The deploying side: the same Rust model code, its weights read from the file. Parameter
    // initialisation is lazy, so the throwaway initial weights are never computed.
    let mut loaded = Mlp::new(&device);
    let applied = loaded.load_from(&mut SafetensorsStore::from_file(path.clone())).unwrap();
    std::fs::remove_file(&path).unwrap();
    println!("{applied:?}");

    // Shapes are dynamic in Burn, so any batch size works without declaring it.
    let out = loaded.forward(x.clone());
    let other = loaded.forward(x.slice(s![0..3, ..]));
    let max_diff = (out.clone() - expected).abs().max().into_scalar::<f32>();
    println!("reloaded: output {:?} (and {:?} for 3 rows), max difference {max_diff:.1e}", out.dims(), other.dims());
    assert_eq!(out.dims(), [8, 3]);
    assert_eq!(other.dims(), [3, 3]);
    assert!(max_diff <= 1e-5);

    let values: Vec<f32> = out.clone().into_data().to_vec().unwrap();
    let row0: Vec<f64> = values[..3].iter().map(|v| (*v as f64 * 1e4).round() / 1e4).collect();
    println!(
        "RESULT {{\"shape\": {:?}, \"other_batch_shape\": {:?}, \"max_abs_diff\": {max_diff}, \"logits_row0\": {row0:?}, \"logits_sum\": {:.4}}}",
        out.dims(),
        other.dims(),
        out.sum().into_scalar::<f32>()
    );
}
