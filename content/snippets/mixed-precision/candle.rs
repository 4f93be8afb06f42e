// Written for candle-core / candle-nn 0.11.1. Parsed by this site's checks but not run: the
// verifier runs Python only, and Rust crates cannot be fetched on the machine that builds the site.
//
// Candle has no autocast: mixed precision means casting by hand. The weights stay f32 Vars, each
// forward pass casts them and the input to the compute type, and to_dtype is differentiable, so
// the gradients arrive back in f32. On the CPU candle's matrix product accepts f16, f32 and f64
// but refuses bf16 (UnsupportedDTypeForOp), so bf16 needs a CUDA or Metal device; on a CPU this
// snippet falls back to f16, which is then what compute_dtype reports.
// The spec's NumPy input and weights cannot be replayed by candle's generator; they are candle's own.
use candle_core::{DType, Device, Module, Result, Tensor, D};
use candle_nn::{linear, loss, AdamW, Linear, Optimizer, ParamsAdamW, VarBuilder, VarMap};

// The MLP's forward pass with every layer cast to `dtype`; the f32 layers themselves are untouched.
fn forward(layers: &[Linear], x: &Tensor, dtype: DType) -> Result<Tensor> {
    let mut h = x.to_dtype(dtype)?;
    for (i, layer) in layers.iter().enumerate() {
        let bias = layer.bias().map(|b| b.to_dtype(dtype)).transpose()?;
        h = Linear::new(layer.weight().to_dtype(dtype)?, bias).forward(&h)?;
        if i + 1 < layers.len() {
            h = h.relu()?;
        }
    }
    Ok(h)
}

fn dtype_name(d: DType) -> &'static str {
    match d {
        DType::BF16 => "bfloat16",
        DType::F16 => "float16",
        DType::F32 => "float32",
        other => other.as_str(),
    }
}

fn main() -> Result<()> {
    let device = Device::cuda_if_available(0)?;
    let compute = if device.supports_bf16() { DType::BF16 } else { DType::F16 };
    device.set_seed(0)?;
    let x = Tensor::randn(0f32, 1f32, (8, 20), &device)?;
    let y = Tensor::rand(0f32, 3f32, 8, &device)?.floor()?.to_dtype(DType::U32)?;

    let varmap = VarMap::new();
    let vb = VarBuilder::from_varmap(&varmap, DType::F32, &device); // master weights in f32
    let layers = vec![
        linear(20, 64, vb.pp("fc1"))?,
        linear(64, 64, vb.pp("fc2"))?,
        linear(64, 3, vb.pp("fc3"))?,
    ];
    let before = layers[0].weight().copy()?;

    let logits = forward(&layers, &x, compute)?;
    let reference = forward(&layers, &x, DType::F32)?;
    let max_diff = (logits.to_dtype(DType::F32)? - &reference)?
        .abs()?
        .max_all()?
        .to_scalar::<f32>()?;
    // The loss is taken in f32; bf16 keeps f32's exponent range, so no loss scaling.
    let loss = loss::cross_entropy(&logits.to_dtype(DType::F32)?, &y)?;
    let grads = loss.backward()?;
    let grad_dtype = grads.get(layers[0].weight()).expect("fc1 gets a gradient").dtype();

    let params = ParamsAdamW { lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8, weight_decay: 0.0 };
    let mut opt = AdamW::new(varmap.all_vars(), params)?;
    opt.step(&grads)?; // one Adam step on the f32 weights
    let moved = (layers[0].weight() - &before)?.abs()?.max_all()?.to_scalar::<f32>()?;
    let param_dtype = layers[0].weight().dtype();

    assert_eq!(logits.dtype(), compute, "the logits were computed in the low precision");
    assert_eq!(param_dtype, DType::F32);
    assert_eq!(grad_dtype, DType::F32);
    assert!(max_diff > 1e-4 && max_diff < 0.1, "rounding to {compute:?} should show: {max_diff}");
    assert!(moved > 0.0);
    println!("predicted classes: {:?}", logits.argmax(D::Minus1)?.to_vec1::<u32>()?);
    println!(
        "RESULT {{\"compute_dtype\": \"{}\", \"param_dtype\": \"{}\", \"grad_dtype\": \"{}\", \"max_diff_from_float32\": {max_diff}, \"weights_updated\": {}}}",
        dtype_name(compute),
        dtype_name(param_dtype),
        dtype_name(grad_dtype),
        moved > 0.0
    );
    Ok(())
}
