// Written for candle-core, candle-nn and candle-datasets 0.11.1. Parsed by this site's checks but
// not run: the verifier runs Python only, and Rust crates cannot be fetched on the machine that
// builds the site. The spec's NumPy rows cannot be replayed by candle's generator; the snippet
// draws 1 000 rows of the same recipe from candle's own.
use candle_core::{DType, Device, Module, Result, Tensor, D};
use candle_datasets::Batcher;
use candle_nn::{linear, loss, AdamW, Optimizer, ParamsAdamW, VarBuilder, VarMap};

fn main() -> Result<()> {
    let device = Device::Cpu;
    device.set_seed(0)?;
    let n = 1000;
    let x = Tensor::randn(0f32, 1f32, (n, 20), &device)?;
    let y = x.matmul(&Tensor::randn(0f32, 1f32, (20, 3), &device)?)?.argmax(D::Minus1)?; // u32
    let ids = Tensor::arange(0u32, n as u32, &device)?;
    // The row id travels with each row: the target of row i is the pair [label, id].
    let meta = Tensor::stack(&[&y, &ids], 1)?; // (1000, 2) u32

    let varmap = VarMap::new();
    let model = linear(20, 3, VarBuilder::from_varmap(&varmap, DType::F32, &device))?;
    let adam = ParamsAdamW { lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8, weight_decay: 0.0 };
    let mut opt = AdamW::new(varmap.all_vars(), adam)?;

    let (epochs, batch_size) = (3, 64);
    let mut orders: Vec<Vec<u32>> = Vec::new();
    let mut batch_counts = Vec::new();
    let mut last_sizes = Vec::new();
    for _ in 0..epochs {
        // candle-datasets' Batcher groups rows but does not shuffle: a fresh permutation per epoch
        // (sorting random keys) decides the order in which rows are handed to it.
        let perm: Vec<u32> = Tensor::rand(0f32, 1f32, n, &device)?.arg_sort_last_dim(true)?.to_vec1()?;
        let rows = perm.into_iter().map(|i| {
            let i = i as usize;
            (x.get(i).unwrap(), meta.get(i).unwrap())
        });
        let batches = Batcher::new2(rows)
            .batch_size(batch_size)
            .return_last_incomplete_batch(true); // keep the last 40 rows
        let mut served = Vec::new();
        let mut sizes = Vec::new();
        for batch in batches {
            let (xb, mb) = batch?; // stacked: (rows, 20) and (rows, 2)
            let yb = mb.narrow(1, 0, 1)?.squeeze(1)?.contiguous()?;
            served.extend(mb.narrow(1, 1, 1)?.squeeze(1)?.to_vec1::<u32>()?);
            sizes.push(xb.dim(0)?);
            opt.backward_step(&loss::cross_entropy(&model.forward(&xb)?, &yb)?)?;
        }
        batch_counts.push(sizes.len());
        last_sizes.push(*sizes.last().unwrap());
        orders.push(served);
    }

    let every_row_once = orders.iter().all(|o| {
        let mut sorted = o.clone();
        sorted.sort_unstable();
        sorted == (0..n as u32).collect::<Vec<_>>()
    });
    let reshuffled = orders.windows(2).all(|w| w[0] != w[1]);
    assert!(every_row_once && reshuffled);
    assert!(batch_counts.iter().all(|&b| b == 16) && last_sizes.iter().all(|&s| s == 40));
    println!(
        "RESULT {{\"rows_per_epoch\": {}, \"batches_per_epoch\": {}, \"last_batch\": {}, \"epochs\": {epochs}, \"every_row_once\": {every_row_once}, \"reshuffled\": {reshuffled}}}",
        orders[0].len(),
        batch_counts[0],
        last_sizes[0]
    );
    Ok(())
}
