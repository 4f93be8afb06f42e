// Written for burn 0.22.1 (Cargo features "flex" and "autodiff"). Parsed by this site's checks
// but not run: the verifier runs Python only, and Rust crates cannot be fetched on the machine
// that builds the site. The spec's NumPy data and weights cannot be replayed by Burn's
// generator, so final_loss is Burn's own number; the comparison with one device is exact.
//
// Burn trains data-parallel in two ways: its Learner's ExecutionStrategy::ddp (one replica per
// device, gradients all-reduced through burn::tensor::distributed) and a multi-device path in
// which the replicas' gradients are gathered by the optimizer's step_multi. This snippet writes
// the second by hand so each step is visible. Flex, Burn's CPU backend, exposes one device, so
// the two replicas here share it; with two GPUs the list would be Device::cuda(0) and
// Device::cuda(1) (each .autodiff()) and nothing else would change.
use burn::module::AutodiffModule;
use burn::nn::loss::{CrossEntropyLoss, CrossEntropyLossConfig};
use burn::nn::{Linear, LinearConfig, Relu};
use burn::optim::{AdamConfig, GradientsParams, ModuleOptimizer, MultiGradientsParams};
use burn::prelude::*;
use burn::tensor::Distribution;

#[derive(Module, Debug)]
struct Mlp {
    fc1: Linear,
    fc2: Linear,
    fc3: Linear,
    relu: Relu,
}

impl Mlp {
    fn new(device: &Device) -> Self {
        Self {
            fc1: LinearConfig::new(20, 64).init(device),
            fc2: LinearConfig::new(64, 64).init(device),
            fc3: LinearConfig::new(64, 3).init(device),
            relu: Relu::new(),
        }
    }

    fn forward(&self, x: Tensor<2>) -> Tensor<2> {
        let x = self.relu.forward(self.fc1.forward(x));
        self.fc3.forward(self.relu.forward(self.fc2.forward(x)))
    }
}

fn adam() -> ModuleOptimizer {
    AdamConfig::new().with_beta_1(0.9).with_beta_2(0.999).with_epsilon(1e-8).init()
}

fn final_loss(model: &Mlp, x: &Tensor<2>, y: &Tensor<1, Int>, loss_fn: &CrossEntropyLoss) -> Tensor<1> {
    loss_fn.forward(model.valid().forward(x.clone().inner()), y.clone().inner())
}

fn main() {
    let main_device = Device::flex().autodiff();
    let devices = vec![main_device.clone(), Device::flex().autodiff()];
    main_device.seed(0);
    let x = Tensor::<2>::random([1280, 20], Distribution::Normal(0.0, 1.0), &main_device);
    let w = Tensor::<2>::random([20, 3], Distribution::Normal(0.0, 1.0), &main_device);
    let y = x.clone().matmul(w).argmax(1).squeeze_dim::<1>(1);
    let (x, y) = (x.slice(s![0..512, ..]), y.slice(s![0..512])); // 8 batches of 64, in order
    let loss_fn = CrossEntropyLossConfig::new().init(&main_device);

    let start = Mlp::new(&main_device);
    let (mut model, mut optim) = (start.clone(), adam());
    let (mut single, mut single_optim) = (start, adam());
    let (batch, per_device) = (64, 32);
    let mut steps = 0;
    let mut in_sync = true;
    for b in 0..512 / batch {
        let mut multi = MultiGradientsParams::default();
        let mut replica_outputs = Vec::new();
        for (rank, device) in devices.iter().enumerate() {
            // fork() puts a copy of the model on the replica's device with its own autodiff graph.
            let replica = model.clone().fork(device);
            let lo = b * batch + rank * per_device;
            let xb = x.clone().slice(s![lo..lo + per_device, ..]).to_device(device);
            let yb = y.clone().slice(s![lo..lo + per_device]).to_device(device);
            replica_outputs.push(replica.valid().forward(x.clone().inner().slice(s![0..4, ..])));
            // step_multi adds the replicas' gradients, so each half's mean loss is weighted by
            // 32/64: the sum is then the gradient of the mean loss over the whole batch.
            let loss = loss_fn.forward(replica.forward(xb), yb) * (per_device as f32 / batch as f32);
            let grads = GradientsParams::from_grads(loss.backward(), &replica);
            multi.grads.push((grads, device.clone()));
        }
        // Every replica started this step from the same weights.
        in_sync &= replica_outputs[0].clone().equal(replica_outputs[1].clone()).all().into_scalar::<bool>();
        assert_eq!(multi.grads.len(), 2, "data parallelism needs more than one replica");
        model = optim.step_multi(1e-3, model, multi);
        steps += 1;

        // For comparison: the same step on one device with the whole batch.
        let xb = x.clone().slice(s![b * batch..(b + 1) * batch, ..]);
        let yb = y.clone().slice(s![b * batch..(b + 1) * batch]);
        let grads = GradientsParams::from_grads(loss_fn.forward(single.forward(xb), yb).backward(), &single);
        single = single_optim.step(1e-3, single, grads);
    }

    let loss = final_loss(&model, &x, &y, &loss_fn).into_scalar::<f32>();
    let vs_one = (model.valid().forward(x.clone().inner()) - single.valid().forward(x.clone().inner()))
        .abs()
        .max()
        .into_scalar::<f32>();
    println!("{} replicas, {steps} steps: loss {loss:.4}, largest difference from one device {vs_one:.1e}", devices.len());
    assert!(in_sync && vs_one < 1e-5);
    println!(
        "RESULT {{\"replicas\": {}, \"rows_per_device\": [{per_device}, {per_device}], \"replicas_in_sync\": {in_sync}, \"steps\": {steps}, \"final_loss\": {loss:.4}, \"max_diff_vs_one_device\": {vs_one}}}",
        devices.len()
    );
}
