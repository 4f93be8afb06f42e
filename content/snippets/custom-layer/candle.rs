// Written for candle-core / candle-nn 0.11.1. Parsed by this site's checks but not run: the
// verifier runs Python only, and Rust crates cannot be fetched on the machine that builds the site.
// The spec's NumPy data and weights cannot be replayed by candle's generator, so the snippet
// draws its own: layer_params matches the spec, the loss and gradient norms are candle's numbers.
use candle_core::{DType, Device, Module, Result, Tensor, D};
use candle_nn::{init::Init, linear, loss, ops, Linear, VarBuilder, VarMap};

/// y = (x W + b) * sigmoid(g), with a learned gate g per output feature.
struct GatedDense {
    weight: Tensor, // (in, out)
    bias: Tensor,
    gate: Tensor,
}

impl GatedDense {
    // Asking the VarBuilder for a tensor creates a trainable Var in the VarMap behind it
    // (or loads it, when the builder reads from a checkpoint instead).
    fn new(in_dim: usize, out_dim: usize, vb: VarBuilder) -> Result<Self> {
        let bound = 1.0 / (in_dim as f64).sqrt();
        let uniform = Init::Uniform { lo: -bound, up: bound };
        Ok(Self {
            weight: vb.get_with_hints((in_dim, out_dim), "weight", uniform)?,
            bias: vb.get_with_hints(out_dim, "bias", Init::Const(0.0))?,
            gate: vb.get_with_hints(out_dim, "gate", Init::Const(0.0))?, // sigmoid(0) = 0.5
        })
    }
}

// Implementing Module makes the layer usable like any built-in one.
impl Module for GatedDense {
    fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        let z = xs.matmul(&self.weight)?.broadcast_add(&self.bias)?;
        z.broadcast_mul(&ops::sigmoid(&self.gate)?)
    }
}

struct Model {
    gated: GatedDense,
    out: Linear,
}

impl Module for Model {
    fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        self.out.forward(&self.gated.forward(xs)?.relu()?)
    }
}

fn main() -> Result<()> {
    let device = Device::Cpu;
    device.set_seed(0)?;
    let x = Tensor::randn(0f32, 1f32, (64, 20), &device)?;
    let y = x.matmul(&Tensor::randn(0f32, 1f32, (20, 3), &device)?)?.argmax(D::Minus1)?;

    let varmap = VarMap::new();
    let vb = VarBuilder::from_varmap(&varmap, DType::F32, &device);
    let model = Model {
        gated: GatedDense::new(20, 16, vb.pp("gated"))?,
        out: linear(16, 3, vb.pp("out"))?,
    };

    let loss = loss::cross_entropy(&model.forward(&x)?, &y)?; // mean over the 64 rows
    let grads = loss.backward()?; // one gradient, no update
    let layer = &model.gated;
    let mut norms = Vec::new();
    for (name, p) in [("w", &layer.weight), ("b", &layer.bias), ("g", &layer.gate)] {
        let g = grads.get(p).expect("every parameter of the layer takes part in the loss");
        let norm = g.sqr()?.sum_all()?.sqrt()?.to_scalar::<f32>()?;
        assert!(norm > 0.0, "{name} received no gradient");
        println!("{name} shape {:?}  grad norm {norm:.4}", p.dims());
        norms.push((norm as f64 * 1e4).round() / 1e4);
    }
    let layer_params = layer.weight.elem_count() + layer.bias.elem_count() + layer.gate.elem_count();
    assert_eq!(layer_params, 20 * 16 + 16 + 16);
    println!(
        "RESULT {{\"layer_params\": {layer_params}, \"loss\": {:.4}, \"grad_norms_w_b_g\": {norms:?}}}",
        loss.to_scalar::<f32>()?
    );
    Ok(())
}
