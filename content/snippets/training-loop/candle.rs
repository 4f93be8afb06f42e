use candle_core::{DType, Device, Result, Tensor, D};
use candle_nn::{
    linear, loss, seq, Activation, AdamW, Module, Optimizer, ParamsAdamW, VarBuilder, VarMap,
};

// Three classes: the label of a row x is argmax(x @ w), a u32 class id as candle's losses expect.
fn make_data(n: usize, w: &Tensor) -> Result<(Tensor, Tensor)> {
    let x = Tensor::randn(0f32, 1f32, (n, 20), w.device())?;
    let y = x.matmul(w)?.argmax(D::Minus1)?;
    Ok((x, y))
}

fn main() -> Result<()> {
    let device = Device::Cpu;
    let w = Tensor::randn(0f32, 1f32, (20, 3), &device)?;
    let (train_x, train_y) = make_data(1024, &w)?;
    let (test_x, test_y) = make_data(256, &w)?;

    // The same MLP as a Sequential stack; the VarMap collects its trainable weights.
    let varmap = VarMap::new();
    let vb = VarBuilder::from_varmap(&varmap, DType::F32, &device);
    let model = seq()
        .add(linear(20, 64, vb.pp("fc1"))?)
        .add(Activation::Relu)
        .add(linear(64, 64, vb.pp("fc2"))?)
        .add(Activation::Relu)
        .add(linear(64, 3, vb.pp("fc3"))?);
    // candle ships AdamW; with no weight decay it is plain Adam.
    let params = ParamsAdamW {
        lr: 1e-3,
        weight_decay: 0.0,
        ..Default::default()
    };
    let mut opt = AdamW::new(varmap.all_vars(), params)?;

    let (n, batch) = (1024, 64);
    let mut epoch_losses = Vec::new();
    for _ in 0..10 {
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
    assert!(accuracy > 0.85, "the model should beat 85% test accuracy");
    Ok(())
}
