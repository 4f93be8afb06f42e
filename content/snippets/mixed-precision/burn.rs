// Written for burn 0.22.1 (Cargo features "flex" and "autodiff"). Parsed by this site's checks
// but not run: the verifier runs Python only, and Rust crates cannot be fetched on the machine
// that builds the site. The spec's NumPy input and weights cannot be replayed by Burn's
// generator; they are Burn's own.
//
// Burn has no autocast. Every tensor of a device can be made low precision by configuring the
// device's default float dtype (DeviceConfig::float_dtype); for float32 master weights with
// bfloat16 compute, the forward pass casts by hand. The cast is differentiable and
// its backward pass casts the gradient back, so the weights' gradients arrive in float32.
// Burn's Flex CPU backend stores and computes bf16 (its matmul widens to f32 inside and
// rounds the result back to bf16).
use burn::module::AutodiffModule;
use burn::nn::loss::CrossEntropyLossConfig;
use burn::nn::{Linear, LinearConfig};
use burn::optim::{AdamConfig, GradientsParams};
use burn::prelude::*;
use burn::tensor::{activation::relu, module::linear, DType, Distribution, FloatDType};

#[derive(Module, Debug)]
struct Mlp {
    fc1: Linear,
    fc2: Linear,
    fc3: Linear,
}

impl Mlp {
    // The forward pass with every weight cast to `dtype`; the float32 parameters stay as they are.
    fn forward_as(&self, x: Tensor<2>, dtype: FloatDType) -> Tensor<2> {
        let layer = |l: &Linear, h: Tensor<2>| {
            let w = l.weight.val().cast(dtype);
            let b = l.bias.as_ref().map(|b| b.val().cast(dtype));
            linear(h, w, b)
        };
        let h = relu(layer(&self.fc1, x.cast(dtype)));
        let h = relu(layer(&self.fc2, h));
        layer(&self.fc3, h)
    }
}

fn dtype_name(d: DType) -> &'static str {
    match d {
        DType::BF16 => "bfloat16",
        DType::F16 => "float16",
        DType::F32 => "float32",
        other => other.name(),
    }
}

fn main() {
    let device = Device::flex().autodiff(); // Device::cuda(0).autodiff() on an NVIDIA GPU
    assert!(device.supports_dtype(DType::BF16));
    device.seed(0);
    let x = Tensor::<2>::random([8, 20], Distribution::Normal(0.0, 1.0), &device);
    let y = Tensor::<1, Int>::random([8], Distribution::Uniform(0.0, 3.0), &device);
    let model = Mlp {
        fc1: LinearConfig::new(20, 64).init(&device), // master weights in float32
        fc2: LinearConfig::new(64, 64).init(&device),
        fc3: LinearConfig::new(64, 3).init(&device),
    };
    let before = model.fc1.weight.val().inner();

    let logits = model.forward_as(x.clone(), FloatDType::BF16);
    let reference = model.valid().forward_as(x.inner(), FloatDType::F32);
    let max_diff = (logits.clone().inner().cast(FloatDType::F32) - reference)
        .abs()
        .max()
        .into_scalar::<f32>();
    let compute_dtype = logits.dtype();
    // The loss is taken in float32; bf16 keeps float32's exponent range, so no loss scaling.
    let loss = CrossEntropyLossConfig::new().init(&device).forward(logits.cast(FloatDType::F32), y);
    let grads = loss.backward();
    let grad_dtype = model.fc1.weight.grad(&grads).expect("fc1 gets a gradient").dtype();
    let grads = GradientsParams::from_grads(grads, &model);
    let mut optim = AdamConfig::new().with_beta_1(0.9).with_beta_2(0.999).with_epsilon(1e-8).init();
    let model = optim.step(1e-3, model, grads); // one Adam step on the float32 weights
    let after = model.fc1.weight.val().inner();
    let param_dtype = after.dtype();
    let moved = (after - before).abs().max().into_scalar::<f32>();

    assert_eq!(compute_dtype, DType::BF16, "the logits were computed in bfloat16");
    assert_eq!(param_dtype, DType::F32);
    assert_eq!(grad_dtype, DType::F32);
    assert!(max_diff > 1e-4 && max_diff < 0.1, "bfloat16 rounding should show: {max_diff}");
    assert!(moved > 0.0);
    println!(
        "RESULT {{\"compute_dtype\": \"{}\", \"param_dtype\": \"{}\", \"grad_dtype\": \"{}\", \"max_diff_from_float32\": {max_diff}, \"weights_updated\": {}}}",
        dtype_name(compute_dtype),
        dtype_name(param_dtype),
        dtype_name(grad_dtype),
        moved > 0.0
    );
}
