// Written for candle-core / candle-nn 0.11.1. Parsed by this site's checks but not run: the
// verifier runs Python only, and Rust crates cannot be fetched on the machine that builds the site.
//
// Candle has no graph export: the model is Rust code compiled into the deploying binary, and
// the artefact is a safetensors file of named weights (GGUF for quantised models), read back
// with a VarBuilder. Nothing here involves Python at all. The spec's NumPy weights cannot be
// replayed by candle's generator, so the input and weights are candle's own: the shapes and
// the match with the in-memory model are checked, the logits are candle's numbers.
use candle_core::{DType, Device, Module, Result, Tensor};
use candle_nn::{linear, Linear, VarBuilder, VarMap};

struct Mlp {
    fc1: Linear,
    fc2: Linear,
    fc3: Linear,
}

impl Mlp {
    // The same constructor serves training (a VarMap creates the weights) and deployment (a
    // safetensors file supplies them under the names fc1.weight, fc1.bias, ...).
    fn new(vb: VarBuilder) -> Result<Self> {
        Ok(Self {
            fc1: linear(20, 64, vb.pp("fc1"))?,
            fc2: linear(64, 64, vb.pp("fc2"))?,
            fc3: linear(64, 3, vb.pp("fc3"))?,
        })
    }
}

impl Module for Mlp {
    fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        let xs = self.fc1.forward(xs)?.relu()?;
        self.fc3.forward(&self.fc2.forward(&xs)?.relu()?)
    }
}

fn main() -> Result<()> {
    let device = Device::Cpu;
    device.set_seed(0)?;
    let x = Tensor::randn(0f32, 1f32, (8, 20), &device)?;
    let varmap = VarMap::new();
    let model = Mlp::new(VarBuilder::from_varmap(&varmap, DType::F32, &device))?;
    let expected = model.forward(&x)?;

    let path = std::env::temp_dir().join(format!("candle-mlp-{}.safetensors", std::process::id()));
    varmap.save(&path)?; // the artefact: weights only, by name
    // A deploying binary could also embed the file with include_bytes! and skip the file system.
    let bytes = std::fs::read(&path)?;
    std::fs::remove_file(&path)?;
    let vb = VarBuilder::from_buffered_safetensors(bytes, DType::F32, &device)?;
    let loaded = Mlp::new(vb)?; // shapes are checked against the file while loading

    // Shapes are dynamic in candle, so any batch size works without declaring it.
    let out = loaded.forward(&x)?;
    let other = loaded.forward(&x.narrow(0, 0, 3)?)?;
    let max_diff = (&out - &expected)?.abs()?.max_all()?.to_scalar::<f32>()?;
    println!("reloaded: output {:?} (and {:?} for 3 rows), max difference {max_diff:.1e}", out.dims(), other.dims());
    assert_eq!(out.dims(), &[8, 3]);
    assert_eq!(other.dims(), &[3, 3]);
    assert!(max_diff <= 1e-5);

    let row0: Vec<f64> = out.get(0)?.to_vec1::<f32>()?.iter().map(|v| (*v as f64 * 1e4).round() / 1e4).collect();
    let sum = out.sum_all()?.to_scalar::<f32>()?;
    println!(
        "RESULT {{\"shape\": {:?}, \"other_batch_shape\": {:?}, \"max_abs_diff\": {max_diff}, \"logits_row0\": {row0:?}, \"logits_sum\": {:.4}}}",
        out.dims(),
        other.dims(),
        sum
    );
    Ok(())
}
