// Written for candle-core / candle-nn 0.11.1. Parsed by this site's checks but not run: the
// verifier runs Python only, and Rust crates cannot be fetched on the machine that builds the site.
// The spec's NumPy data cannot be replayed by candle's generator; the snippet draws the same
// recipe (1 280 rows, labels from a random linear map, the last 256 held out) from candle's own.
use candle_core::{DType, Device, Result, Tensor, D};
use candle_nn::{
    linear, loss, seq, Activation, AdamW, Module, Optimizer, ParamsAdamW, VarBuilder, VarMap,
};

fn main() -> Result<()> {
    let device = Device::Cpu; // Device::cuda_if_available(0)? picks a GPU when there is one
    device.set_seed(0)?; // the data, the weights' initialisation and the shuffling
    let (lr, eps, epochs, batch) = (1e-3, 1e-8, 10, 64);
    // Three classes: the label of a row x is argmax(x @ w), a u32 class id as candle's losses expect.
    let x = Tensor::randn(0f32, 1f32, (1280, 20), &device)?;
    let y = x.matmul(&Tensor::randn(0f32, 1f32, (20, 3), &device)?)?.argmax(D::Minus1)?;
    let (train_x, train_y) = (x.narrow(0, 0, 1024)?, y.narrow(0, 0, 1024)?);
    let (test_x, test_y) = (x.narrow(0, 1024, 256)?, y.narrow(0, 1024, 256)?);

    // The same MLP as a Sequential stack; the VarMap collects its trainable weights.
    let varmap = VarMap::new();
    let vb = VarBuilder::from_varmap(&varmap, DType::F32, &device);
    let model = seq()
        .add(linear(20, 64, vb.pp("fc1"))?)
        .add(Activation::Relu)
        .add(linear(64, 64, vb.pp("fc2"))?)
        .add(Activation::Relu)
        .add(linear(64, 3, vb.pp("fc3"))?);
    // candle ships AdamW (bias-corrected); with no weight decay it is plain Adam. Its default
    // weight decay is 0.01, so it is set to 0 here, and every other value is spelled out.
    let params = ParamsAdamW {
        lr,
        beta1: 0.9,
        beta2: 0.999,
        eps,
        weight_decay: 0.0,
    };
    let mut opt = AdamW::new(varmap.all_vars(), params)?;

    let n = 1024;
    let mut epoch_losses = Vec::new();
    for _ in 0..epochs {
        // Sorting random keys gives a fresh random order of the rows every epoch.
        let perm = Tensor::rand(0f32, 1f32, n, &device)?.arg_sort_last_dim(true)?;
        let xs = train_x.index_select(&perm, 0)?;
        let ys = train_y.index_select(&perm, 0)?;
        let mut total = 0f32;
        for start in (0..n).step_by(batch) {
            let logits = model.forward(&xs.narrow(0, start, batch)?)?;
            let loss = loss::cross_entropy(&logits, &ys.narrow(0, start, batch)?)?;
            opt.backward_step(&loss)?; // backpropagate, then one Adam update
            total += loss.to_scalar::<f32>()?;
        }
        epoch_losses.push(total / (n / batch) as f32);
    }

    let predictions = model.forward(&test_x)?.argmax(D::Minus1)?;
    let correct = predictions.eq(&test_y)?.to_dtype(DType::F32)?;
    let accuracy = correct.mean_all()?.to_scalar::<f32>()?;
    let (first, last) = (epoch_losses[0], epoch_losses[epoch_losses.len() - 1]);
    println!("train loss: {first:.3} -> {last:.3}");
    println!("test accuracy: {accuracy:.2}");
    assert!(last < first, "training did not lower the loss");
    assert!(accuracy > 0.85, "the model should beat 85% held-out accuracy");
    println!(
        "RESULT {{\"lr\": {lr}, \"eps\": {eps:e}, \"epochs\": {epochs}, \"batch_size\": {batch}, \"train_samples\": {}, \"test_samples\": {}, \"test_accuracy\": {:.3}}}",
        train_x.dim(0)?,
        test_x.dim(0)?,
        accuracy
    );
    Ok(())
}
