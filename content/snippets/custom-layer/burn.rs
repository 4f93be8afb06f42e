// Written for burn 0.22.1 (Cargo features "flex" and "autodiff"). Parsed by this site's checks
// but not run: the verifier runs Python only, and Rust crates cannot be fetched on the machine
// that builds the site. The spec's NumPy data and weights cannot be replayed by Burn's
// generator, so the snippet draws its own: layer_params matches the spec, the loss and gradient
// norms are Burn's numbers.
use burn::module::{Initializer, Param};
use burn::nn::loss::CrossEntropyLossConfig;
use burn::nn::{Linear, LinearConfig, Relu};
use burn::prelude::*;
use burn::tensor::{activation::sigmoid, Distribution};

/// y = (x W + b) * sigmoid(g), with a learned gate g per output feature.
// Fields of type Param are the layer's trainable parameters: the Module derive registers them for
// the optimizer, for saving and loading and for moving between devices.
#[derive(Module, Debug)]
struct GatedDense {
    weight: Param<Tensor<2>>, // (in, out)
    bias: Param<Tensor<1>>,
    gate: Param<Tensor<1>>,
}

impl GatedDense {
    fn new(d_in: usize, d_out: usize, device: &Device) -> Self {
        let bound = 1.0 / (d_in as f64).sqrt();
        Self {
            weight: Initializer::Uniform { min: -bound, max: bound }.init([d_in, d_out], device),
            bias: Initializer::Zeros.init([d_out], device),
            gate: Initializer::Zeros.init([d_out], device), // sigmoid(0) = 0.5: half open
        }
    }

    fn forward(&self, x: Tensor<2>) -> Tensor<2> {
        let z = x.matmul(self.weight.val()) + self.bias.val().unsqueeze::<2>();
        z * sigmoid(self.gate.val()).unsqueeze::<2>() // (1, out) broadcasts over the rows
    }
}

#[derive(Module, Debug)]
struct Model {
    gated: GatedDense,
    relu: Relu,
    out: Linear,
}

impl Model {
    fn forward(&self, x: Tensor<2>) -> Tensor<2> {
        self.out.forward(self.relu.forward(self.gated.forward(x)))
    }
}

fn main() {
    let device = Device::flex().autodiff();
    device.seed(0);
    let x = Tensor::<2>::random([64, 20], Distribution::Normal(0.0, 1.0), &device);
    let w = Tensor::<2>::random([20, 3], Distribution::Normal(0.0, 1.0), &device);
    let y = x.clone().matmul(w).argmax(1).squeeze_dim::<1>(1);

    let model = Model {
        gated: GatedDense::new(20, 16, &device),
        relu: Relu::new(),
        out: LinearConfig::new(16, 3).init(&device),
    };
    let loss = CrossEntropyLossConfig::new()
        .init(&device)
        .forward(model.forward(x), y); // mean over the 64 rows
    let grads = loss.backward(); // one gradient, no update

    let layer = &model.gated;
    let mut norms = Vec::new();
    let grad_norm = |g: Option<Tensor<1>>, name: &str| {
        let g = g.unwrap_or_else(|| panic!("{name} received no gradient"));
        g.powi_scalar(2).sum().sqrt().into_scalar::<f32>()
    };
    norms.push(grad_norm(layer.weight.grad(&grads).map(|g| g.flatten(0, 1)), "W"));
    norms.push(grad_norm(layer.bias.grad(&grads), "b"));
    norms.push(grad_norm(layer.gate.grad(&grads), "g"));
    assert!(norms.iter().all(|n| *n > 0.0), "every parameter of the layer gets a gradient");
    let layer_params = layer.num_params();
    assert_eq!(layer_params, 20 * 16 + 16 + 16);
    let rounded: Vec<f64> = norms.iter().map(|v| (*v as f64 * 1e4).round() / 1e4).collect();
    println!(
        "RESULT {{\"layer_params\": {layer_params}, \"loss\": {:.4}, \"grad_norms_w_b_g\": {rounded:?}}}",
        loss.into_scalar::<f32>()
    );
}
