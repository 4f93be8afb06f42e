// Written for burn 0.22.1 (Cargo features "flex", "autodiff" and "dataset"). Parsed by this
// site's checks but not run: the verifier runs Python only, and Rust crates cannot be fetched on
// the machine that builds the site. The spec's NumPy rows cannot be replayed by Burn's
// generator; the snippet draws 1 000 rows of the same recipe from Burn's own.
use burn::data::dataloader::{batcher::Batcher, DataLoaderBuilder};
use burn::data::dataset::{Dataset, InMemDataset};
use burn::nn::loss::CrossEntropyLossConfig;
use burn::nn::LinearConfig;
use burn::optim::{AdamConfig, GradientsParams};
use burn::prelude::*;
use burn::tensor::Distribution;

// A dataset item; the row id travels with the row so every epoch can be checked.
#[derive(Clone, Debug)]
struct Row {
    id: usize,
    x: Vec<f32>,
    y: i64,
}

#[derive(Clone, Debug)]
struct RowBatch {
    ids: Vec<usize>,
    x: Tensor<2>,
    y: Tensor<1, Int>,
}

// The Batcher turns the items the loader picked into tensors on the loader's device.
#[derive(Clone)]
struct RowBatcher;

impl Batcher<Row, RowBatch> for RowBatcher {
    fn batch(&self, items: Vec<Row>, device: &Device) -> RowBatch {
        let n = items.len();
        let x: Vec<f32> = items.iter().flat_map(|r| r.x.clone()).collect();
        let y: Vec<i64> = items.iter().map(|r| r.y).collect();
        RowBatch {
            ids: items.iter().map(|r| r.id).collect(),
            x: Tensor::from_data(TensorData::new(x, [n, 20]), device),
            y: Tensor::from_data(TensorData::new(y, [n]), device),
        }
    }
}

fn main() {
    let device = Device::flex().autodiff();
    device.seed(0);
    let n = 1000;
    let x = Tensor::<2>::random([n, 20], Distribution::Normal(0.0, 1.0), &device.inner());
    let w = Tensor::<2>::random([20, 3], Distribution::Normal(0.0, 1.0), &device.inner());
    let y: Vec<i64> = x.clone().matmul(w).argmax(1).into_data().convert::<i64>().to_vec().unwrap();
    let xs: Vec<f32> = x.into_data().to_vec().unwrap();
    let rows: Vec<Row> = (0..n)
        .map(|i| Row { id: i, x: xs[i * 20..(i + 1) * 20].to_vec(), y: y[i] })
        .collect();
    let dataset = InMemDataset::new(rows); // any type implementing Dataset (get, len) works
    assert_eq!(dataset.len(), n);

    let (epochs, batch_size) = (3, 64);
    // batch_size: fixed-size batches, the smaller last one included; shuffle(seed): a new order
    // of all rows at the start of every epoch. No num_workers: with worker threads the loader
    // shuffles once, splits the rows between the workers and reshuffles only within each
    // worker's share, and every share ends in its own smaller batch.
    let loader = DataLoaderBuilder::new(RowBatcher)
        .batch_size(batch_size)
        .shuffle(0)
        .set_device(device.clone())
        .build(dataset);

    let mut model = LinearConfig::new(20, 3).init(&device);
    let mut optim = AdamConfig::new().with_epsilon(1e-8).init(); // betas default to (0.9, 0.999)
    let loss_fn = CrossEntropyLossConfig::new().init(&device);
    let mut orders: Vec<Vec<usize>> = Vec::new();
    let (mut batch_counts, mut last_sizes) = (Vec::new(), Vec::new());
    for _ in 0..epochs {
        let (mut served, mut sizes) = (Vec::new(), Vec::new());
        for batch in loader.iter().map(Result::unwrap) {
            sizes.push(batch.ids.len());
            served.extend(batch.ids);
            let loss = loss_fn.forward(model.forward(batch.x), batch.y);
            let grads = GradientsParams::from_grads(loss.backward(), &model);
            model = optim.step(1e-3, model, grads);
        }
        batch_counts.push(sizes.len());
        last_sizes.push(*sizes.last().unwrap());
        orders.push(served);
    }

    let every_row_once = orders.iter().all(|o| {
        let mut sorted = o.clone();
        sorted.sort_unstable();
        sorted == (0..n).collect::<Vec<_>>()
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
}
