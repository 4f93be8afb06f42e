// Written for candle-core / candle-nn 0.11.1. Parsed by this site's checks but not run: the
// verifier runs Python only, and Rust crates cannot be fetched on the machine that builds the site.
// The spec's NumPy weights and rows cannot be replayed by candle's generator; both are candle's
// own, so the batch counts match the spec but the class counts and logit sum are candle's numbers.
use std::collections::HashMap;

use candle_core::{DType, Device, Module, Result, Tensor, D};
use candle_nn::{linear, seq, Activation, Sequential, VarBuilder, VarMap};

fn mlp(vb: VarBuilder) -> Result<Sequential> {
    Ok(seq()
        .add(linear(20, 64, vb.pp("fc1"))?)
        .add(Activation::Relu)
        .add(linear(64, 64, vb.pp("fc2"))?)
        .add(Activation::Relu)
        .add(linear(64, 3, vb.pp("fc3"))?))
}

fn main() -> Result<()> {
    let device = Device::cuda_if_available(0)?; // a GPU when there is one, else the CPU
    device.set_seed(0)?;
    // Stand-in for a trained model: its weights live as Vars in a VarMap.
    let varmap = VarMap::new();
    let _trained = mlp(VarBuilder::from_varmap(&varmap, DType::F32, &device))?;
    // candle records a graph only for operations that involve a Var. Loading the same weights as
    // plain (detached) tensors gives a model whose forward pass records nothing: inference mode.
    let plain: HashMap<String, Tensor> = varmap
        .data()
        .lock()
        .unwrap()
        .iter()
        .map(|(name, var)| (name.clone(), var.as_tensor().detach()))
        .collect();
    let model = mlp(VarBuilder::from_tensors(plain, DType::F32, &device))?;

    let n = 10_000;
    let x_big = Tensor::randn(0f32, 1f32, (n, 20), &device)?;
    let batch_size = 1024; // 9 full batches and a last one of 784 rows
    let (mut outputs, mut sizes) = (Vec::new(), Vec::new());
    for start in (0..n).step_by(batch_size) {
        let len = batch_size.min(n - start); // keep the smaller last batch
        let out = model.forward(&x_big.narrow(0, start, len)?)?;
        assert!(!out.track_op(), "no graph may be recorded at inference");
        outputs.push(out);
        sizes.push(len);
    }
    let logits = Tensor::cat(&outputs, 0)?; // in the original order
    let whole = model.forward(&x_big)?; // one pass over everything, to compare
    let max_diff = (&logits - &whole)?.abs()?.max_all()?.to_scalar::<f32>()?;
    let labels = logits.argmax(D::Minus1)?.to_vec1::<u32>()?;
    let mut counts = [0usize; 3];
    for l in &labels {
        counts[*l as usize] += 1;
    }
    let logits_sum = logits.sum_all()?.to_scalar::<f32>()?;
    println!("{} batches ({} ... {} rows), class counts {counts:?}", sizes.len(), sizes[0], sizes[sizes.len() - 1]);
    assert_eq!(logits.dims(), &[n, 3]);
    assert_eq!(*sizes.last().unwrap(), 784);
    assert!(max_diff < 1e-5);
    println!(
        "RESULT {{\"rows\": {}, \"batches\": {}, \"last_batch\": {}, \"class_counts\": {counts:?}, \"logits_sum\": {:.2}, \"max_diff_vs_one_pass\": {max_diff}}}",
        labels.len(),
        sizes.len(),
        sizes[sizes.len() - 1],
        logits_sum
    );
    Ok(())
}
