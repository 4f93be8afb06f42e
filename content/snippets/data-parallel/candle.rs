// Written for candle-core / candle-nn 0.11.1. Parsed by this site's checks but not run: the
// verifier runs Python only, and Rust crates cannot be fetched on the machine that builds the site.
//
// Candle has no data-parallel training API. Its multi-device support is NCCL through cudarc
// (the nccl feature), on NVIDIA GPUs only, and the shipped example uses it to split LLaMA
// inference across GPUs, not to train. So this snippet does data parallelism by hand: two model
// replicas (two CPU threads here; Device::new_cuda(rank) each, with NCCL doing the averaging, on
// GPUs), each taking 32 rows of every 64-row batch, with their gradients averaged before the
// same Adam step on both. The spec's NumPy data and weights cannot be replayed by candle's
// generator, so final_loss is candle's own number; the comparison with one device is exact.
use std::collections::HashMap;

use candle_core::backprop::GradStore;
use candle_core::{DType, Device, Module, Result, Tensor, Var, D};
use candle_nn::{linear, loss, AdamW, Linear, Optimizer, ParamsAdamW, VarBuilder, VarMap};

struct Mlp {
    fc1: Linear,
    fc2: Linear,
    fc3: Linear,
}

impl Module for Mlp {
    fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        let xs = self.fc1.forward(xs)?.relu()?;
        self.fc3.forward(&self.fc2.forward(&xs)?.relu()?)
    }
}

struct Replica {
    model: Mlp,
    vars: Vec<(String, Var)>, // sorted by name, the same order in every replica
    opt: AdamW,
}

// A replica starting from the given weights (or from the device's seeded initialiser when None).
fn replica(start: Option<&HashMap<String, Tensor>>, device: &Device) -> Result<Replica> {
    let mut varmap = VarMap::new();
    let vb = VarBuilder::from_varmap(&varmap, DType::F32, device);
    let model = Mlp {
        fc1: linear(20, 64, vb.pp("fc1"))?,
        fc2: linear(64, 64, vb.pp("fc2"))?,
        fc3: linear(64, 3, vb.pp("fc3"))?,
    };
    if let Some(weights) = start {
        varmap.set(weights.iter())?;
    }
    let mut vars: Vec<(String, Var)> = varmap.data().lock().unwrap().clone().into_iter().collect();
    vars.sort_by(|a, b| a.0.cmp(&b.0));
    let params = ParamsAdamW { lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8, weight_decay: 0.0 };
    let opt = AdamW::new(vars.iter().map(|(_, v)| v.clone()).collect(), params)?;
    Ok(Replica { model, vars, opt })
}

fn weights(r: &Replica) -> HashMap<String, Tensor> {
    r.vars.iter().map(|(n, v)| (n.clone(), v.as_tensor().copy().unwrap())).collect()
}

fn max_diff(a: &Replica, b: &Replica) -> Result<f32> {
    let mut m = 0f32;
    for ((_, va), (_, vb)) in a.vars.iter().zip(&b.vars) {
        m = m.max((va.as_tensor() - vb.as_tensor())?.abs()?.max_all()?.to_scalar::<f32>()?);
    }
    Ok(m)
}

fn main() -> Result<()> {
    let device = Device::Cpu;
    device.set_seed(0)?;
    let x = Tensor::randn(0f32, 1f32, (1280, 20), &device)?;
    let y = x.matmul(&Tensor::randn(0f32, 1f32, (20, 3), &device)?)?.argmax(D::Minus1)?;
    let (x, y) = (x.narrow(0, 0, 512)?, y.narrow(0, 0, 512)?); // 8 batches of 64, in order

    let start = weights(&replica(None, &device)?);
    let devices = [Device::Cpu, Device::Cpu]; // on GPUs: Device::new_cuda(0)?, Device::new_cuda(1)?
    let mut replicas = devices.iter().map(|d| replica(Some(&start), d)).collect::<Result<Vec<_>>>()?;
    let mut single = replica(Some(&start), &device)?;

    let (batch, per_device) = (64, 32);
    let mut steps = 0;
    for b in 0..512 / batch {
        // Each replica's share of the batch, forward and backward on its own thread.
        let mut stores: Vec<GradStore> = std::thread::scope(|s| {
            let handles: Vec<_> = replicas
                .iter()
                .enumerate()
                .map(|(rank, r)| {
                    let (xs, ys) = (&x, &y);
                    let dev = &devices[rank];
                    s.spawn(move || -> Result<GradStore> {
                        let start = b * batch + rank * per_device;
                        let xb = xs.narrow(0, start, per_device)?.to_device(dev)?;
                        let yb = ys.narrow(0, start, per_device)?.to_device(dev)?;
                        loss::cross_entropy(&r.model.forward(&xb)?, &yb)?.backward()
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect::<Result<Vec<_>>>()
        })?;
        // The all-reduce: every parameter's gradient becomes the mean over the replicas, which
        // equals the gradient of the mean loss over the whole 64-row batch.
        for i in 0..replicas[0].vars.len() {
            let grads: Vec<Tensor> = replicas
                .iter()
                .zip(&stores)
                .map(|(r, st)| st.get(r.vars[i].1.as_tensor()).unwrap().to_device(&device))
                .collect::<Result<_>>()?;
            let mean = (Tensor::stack(&grads, 0)?.sum(0)? / grads.len() as f64)?;
            for (r, st) in replicas.iter().zip(stores.iter_mut()) {
                let t = r.vars[i].1.as_tensor();
                st.insert(t, mean.to_device(t.device())?);
            }
        }
        for (r, st) in replicas.iter_mut().zip(&stores) {
            r.opt.step(st)?; // the same update on every replica
        }
        steps += 1;

        // For comparison: the same step on one device with the whole batch.
        let xb = x.narrow(0, b * batch, batch)?;
        let yb = y.narrow(0, b * batch, batch)?;
        single.opt.backward_step(&loss::cross_entropy(&single.model.forward(&xb)?, &yb)?)?;
    }

    let in_sync = max_diff(&replicas[0], &replicas[1])? == 0.0;
    let vs_one = max_diff(&replicas[0], &single)?;
    let final_loss = loss::cross_entropy(&replicas[0].model.forward(&x)?, &y)?.to_scalar::<f32>()?;
    println!("{} replicas, {steps} steps: loss {final_loss:.4}, largest difference from one device {vs_one:.1e}", replicas.len());
    assert_eq!(replicas.len(), 2, "data parallelism needs more than one replica");
    assert!(in_sync && vs_one < 1e-5);
    println!(
        "RESULT {{\"replicas\": {}, \"rows_per_device\": [{per_device}, {per_device}], \"replicas_in_sync\": {in_sync}, \"steps\": {steps}, \"final_loss\": {:.4}, \"max_diff_vs_one_device\": {vs_one}}}",
        replicas.len(),
        final_loss
    );
    Ok(())
}
