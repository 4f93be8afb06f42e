// Written for candle-core / candle-nn 0.11.1. Parsed by this site's checks but not run: the
// verifier runs Python only, and Rust crates cannot be fetched on the machine that builds the site.
// The spec's NumPy weights cannot be replayed by candle's generator, so this snippet draws its own
// input and weights from candle's seeded generator: params and shape match the spec, the logits
// are candle's own numbers.
use candle_core::{DType, Device, Result, Tensor, D};
use candle_nn::{linear, ops, Linear, Module, VarBuilder, VarMap};

// A model is a plain struct holding its layers.
struct Mlp {
    fc1: Linear,
    fc2: Linear,
    fc3: Linear,
}

impl Mlp {
    // The VarBuilder creates each layer's weights; pp("fc1") puts them under the name "fc1.*".
    fn new(vb: VarBuilder) -> Result<Self> {
        Ok(Self {
            fc1: linear(20, 64, vb.pp("fc1"))?,
            fc2: linear(64, 64, vb.pp("fc2"))?,
            fc3: linear(64, 3, vb.pp("fc3"))?,
        })
    }
}

// Implementing Module is what makes the struct callable like any built-in layer.
impl Module for Mlp {
    fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        let xs = self.fc1.forward(xs)?.relu()?;
        let xs = self.fc2.forward(&xs)?.relu()?;
        self.fc3.forward(&xs) // raw class scores (logits)
    }
}

fn main() -> Result<()> {
    let device = Device::Cpu; // Device::cuda_if_available(0)? picks a GPU when there is one
    device.set_seed(0)?;
    // The VarMap owns every trainable tensor that the VarBuilder hands out.
    let varmap = VarMap::new();
    let model = Mlp::new(VarBuilder::from_varmap(&varmap, DType::F32, &device))?;

    let xs = Tensor::randn(0f32, 1f32, (8, 20), &device)?;
    let logits = model.forward(&xs)?;
    let n_params: usize = varmap.all_vars().iter().map(|v| v.elem_count()).sum();
    println!("output shape: {:?}, parameters: {n_params}", logits.dims());

    assert_eq!(logits.dims2()?, (8, 3));
    assert_eq!(n_params, 20 * 64 + 64 + 64 * 64 + 64 + 64 * 3 + 3);
    let row_sums: Vec<f32> = ops::softmax(&logits, D::Minus1)?.sum(1)?.to_vec1()?;
    assert!(row_sums.iter().all(|s| (s - 1.0).abs() < 1e-5));

    let row0: Vec<f64> = logits.get(0)?.to_vec1::<f32>()?.iter().map(|v| round4(*v)).collect();
    let sum = round4(logits.sum_all()?.to_scalar::<f32>()?);
    println!(
        "RESULT {{\"params\": {n_params}, \"shape\": {:?}, \"logits_row0\": {row0:?}, \"logits_sum\": {sum}}}",
        logits.dims()
    );
    Ok(())
}

fn round4(v: f32) -> f64 {
    (v as f64 * 1e4).round() / 1e4
}
