// Written for candle-core / candle-nn 0.11.1. Parsed by this site's checks but not run: the
// verifier runs Python only, and Rust crates cannot be fetched on the machine that builds the site.
// The spec's NumPy images cannot be replayed by candle's generator; the snippet draws 32 random
// images and labels from candle's own, channels-first as candle's conv2d expects.
use candle_core::{DType, Device, Module, Result, Tensor};
use candle_nn::{
    conv2d, linear, loss, AdamW, Conv2d, Conv2dConfig, Linear, Optimizer, ParamsAdamW, VarBuilder,
    VarMap,
};

struct SmallCnn {
    conv1: Conv2d,
    conv2: Conv2d,
    fc: Linear,
}

impl SmallCnn {
    fn new(vb: VarBuilder) -> Result<Self> {
        // The default config is stride 1 and padding 0: VALID convolutions.
        let cfg = Conv2dConfig::default();
        Ok(Self {
            conv1: conv2d(1, 8, 3, cfg, vb.pp("conv1"))?,
            conv2: conv2d(8, 16, 3, cfg, vb.pp("conv2"))?,
            fc: linear(5 * 5 * 16, 10, vb.pp("fc"))?,
        })
    }

    fn features(&self, xs: &Tensor) -> Result<Tensor> {
        let xs = self.conv1.forward(xs)?.relu()?.max_pool2d(2)?; // 28 -> 26 -> 13
        let xs = self.conv2.forward(&xs)?.relu()?.max_pool2d(2)?; // 13 -> 11 -> 5 (floor)
        xs.flatten_from(1) // (batch, 16 * 5 * 5)
    }
}

impl Module for SmallCnn {
    fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        self.fc.forward(&self.features(xs)?)
    }
}

fn main() -> Result<()> {
    let device = Device::Cpu; // Device::cuda_if_available(0)? picks a GPU when there is one
    device.set_seed(0)?;
    let images = Tensor::randn(0f32, 1f32, (32, 1, 28, 28), &device)?; // NCHW
    // Labels 0..9 as u32: uniform floats in [0, 10), truncated.
    let labels = Tensor::rand(0f32, 10f32, 32, &device)?.floor()?.to_dtype(DType::U32)?;

    let varmap = VarMap::new();
    let model = SmallCnn::new(VarBuilder::from_varmap(&varmap, DType::F32, &device))?;
    let params: usize = varmap.all_vars().iter().map(|v| v.elem_count()).sum();
    let flat = model.features(&images)?.dim(1)?;
    let out_shape = model.forward(&images)?.dims().to_vec();

    let (lr, eps, steps) = (1e-3, 1e-8, 20);
    let adam = ParamsAdamW { lr, beta1: 0.9, beta2: 0.999, eps, weight_decay: 0.0 };
    let mut opt = AdamW::new(varmap.all_vars(), adam)?;
    let mut losses = Vec::new();
    for _ in 0..steps {
        let loss = loss::cross_entropy(&model.forward(&images)?, &labels)?;
        opt.backward_step(&loss)?;
        losses.push(loss.to_scalar::<f32>()?);
    }
    let ratio = losses[steps - 1] / losses[0];
    println!("loss {:.3} -> {:.3}", losses[0], losses[steps - 1]);
    assert_eq!(params, 5258);
    assert_eq!(flat, 400);
    assert_eq!(out_shape, vec![32, 10]);
    assert!(ratio < 0.9, "20 steps on one batch should lower the loss");
    println!(
        "RESULT {{\"params\": {params}, \"flat_features\": {flat}, \"shape\": {out_shape:?}, \"lr\": {lr}, \"eps\": {eps:e}, \"steps\": {steps}, \"loss_ratio\": {:.4}}}",
        ratio
    );
    Ok(())
}
