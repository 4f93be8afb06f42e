// Written for burn 0.22.1 (Cargo features "cpu", "fusion", "flex" and "autodiff"). Parsed by this
// site's checks but not run: the verifier runs Python only, and Rust crates cannot be fetched on
// the machine that builds the site. The spec's NumPy data and weights cannot be replayed by
// Burn's generator, so final_loss is Burn's own number; compiled and eager start from the same
// weights and see the same batches.
//
// Burn has no compile() call. Compilation belongs to the backend: the CubeCL backends (CUDA,
// ROCm, Metal, Vulkan, WebGPU and Device::cpu()) JIT-compile their kernels, and with the
// "fusion" feature they queue operations lazily and fuse runs of them into generated kernels,
// forward and backward alike. The same training code therefore runs "compiled" on Device::cpu()
// and op by op on Flex, Burn's plain Rust CPU backend, which neither fuses nor JIT-compiles.
use burn::module::AutodiffModule;
use burn::nn::loss::CrossEntropyLossConfig;
use burn::nn::{Linear, LinearConfig, Relu};
use burn::optim::{AdamConfig, GradientsParams};
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

// Eight Adam steps over the 512 rows in order, on whichever device the model and data are.
fn train(mut model: Mlp, x: &Tensor<2>, y: &Tensor<1, Int>) -> (Mlp, usize) {
    let device = x.device();
    let loss_fn = CrossEntropyLossConfig::new().init(&device);
    let mut optim = AdamConfig::new().with_beta_1(0.9).with_beta_2(0.999).with_epsilon(1e-8).init();
    let mut steps = 0;
    for b in 0..8 {
        let xb = x.clone().slice(s![b * 64..(b + 1) * 64, ..]);
        let yb = y.clone().slice(s![b * 64..(b + 1) * 64]);
        let loss = loss_fn.forward(model.forward(xb), yb);
        let grads = GradientsParams::from_grads(loss.backward(), &model);
        model = optim.step(1e-3, model, grads);
        steps += 1;
    }
    device.sync().expect("the queued (fused) work finished without error");
    (model, steps)
}

fn main() {
    let eager = Device::flex().autodiff();
    let compiled = Device::cpu().autodiff(); // Device::cuda(0).autodiff() would fuse for a GPU
    eager.seed(0);
    let x = Tensor::<2>::random([1280, 20], Distribution::Normal(0.0, 1.0), &eager);
    let w = Tensor::<2>::random([20, 3], Distribution::Normal(0.0, 1.0), &eager);
    let y = x.clone().matmul(w).argmax(1).squeeze_dim::<1>(1);
    let (x, y) = (x.slice(s![0..512, ..]), y.slice(s![0..512])); // 8 batches of 64, no shuffling
    let start = Mlp::new(&eager);

    let (eager_model, steps) = train(start.clone(), &x, &y);
    let start_c = start.to_device(&compiled); // the same starting weights, moved
    let (compiled_model, _) = train(start_c, &x.clone().to_device(&compiled), &y.clone().to_device(&compiled));

    let inner = eager.inner();
    let out_eager = eager_model.valid().forward(x.clone().inner());
    let out_compiled = compiled_model.valid().forward(x.clone().inner().to_device(&compiled.inner())).to_device(&inner);
    let max_diff = (out_compiled.clone() - out_eager).abs().max().into_scalar::<f32>();
    let final_loss = CrossEntropyLossConfig::new()
        .init(&inner)
        .forward(out_compiled, y.inner())
        .into_scalar::<f32>();
    println!("{steps} steps each; loss after training {final_loss:.4}; outputs differ by at most {max_diff:.1e}");
    assert!(steps == 8 && max_diff < 1e-4);
    println!(
        "RESULT {{\"steps\": {steps}, \"final_loss\": {final_loss:.4}, \"max_abs_diff_compiled_vs_eager\": {max_diff}}}"
    );
}
