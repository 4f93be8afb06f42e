// Written for candle-core / candle-nn 0.11.1. Parsed by this site's checks but not run: the
// verifier runs Python only, and Rust crates cannot be fetched on the machine that builds the site.
// The spec's NumPy rows cannot be replayed by candle's generator; the snippet draws 256 rows of
// the same recipe from candle's own.
use std::collections::HashMap;

use candle_core::{DType, Device, Module, Result, Tensor, Var, D};
use candle_nn::{linear, loss, seq, Activation, Sequential, VarBuilder, VarMap};

fn make_model(varmap: &VarMap, device: &Device) -> Result<Sequential> {
    let vb = VarBuilder::from_varmap(varmap, DType::F32, device);
    Ok(seq()
        .add(linear(20, 64, vb.pp("fc1"))?)
        .add(Activation::Relu)
        .add(linear(64, 64, vb.pp("fc2"))?)
        .add(Activation::Relu)
        .add(linear(64, 3, vb.pp("fc3"))?))
}

// candle's AdamW keeps its moments and step count private, so it cannot be checkpointed. This
// small Adam (the same update, without weight decay) keeps its state in named tensors instead.
struct Adam {
    params: Vec<(String, Var)>, // sorted by name
    m: HashMap<String, Tensor>,
    v: HashMap<String, Tensor>,
    step: usize,
    lr: f64,
    eps: f64,
}

impl Adam {
    fn new(varmap: &VarMap, lr: f64, eps: f64) -> Result<Self> {
        let mut params: Vec<(String, Var)> = varmap.data().lock().unwrap().clone().into_iter().collect();
        params.sort_by(|a, b| a.0.cmp(&b.0));
        let (mut m, mut v) = (HashMap::new(), HashMap::new());
        for (name, p) in &params {
            m.insert(name.clone(), p.as_tensor().zeros_like()?);
            v.insert(name.clone(), p.as_tensor().zeros_like()?);
        }
        Ok(Self { params, m, v, step: 0, lr, eps })
    }

    fn backward_step(&mut self, loss: &Tensor) -> Result<()> {
        let grads = loss.backward()?;
        self.step += 1;
        let (b1, b2) = (0.9f64, 0.999f64);
        let (c1, c2) = (1.0 - b1.powi(self.step as i32), 1.0 - b2.powi(self.step as i32));
        for (name, p) in &self.params {
            let g = grads.get(p.as_tensor()).expect("every weight takes part in the loss");
            let m = ((&self.m[name] * b1)? + (g * (1.0 - b1))?)?;
            let v = ((&self.v[name] * b2)? + (g.sqr()? * (1.0 - b2))?)?;
            let update = ((&m / c1)? / ((&v / c2)?.sqrt()? + self.eps)?)?;
            p.set(&(p.as_tensor() - (update * self.lr)?)?)?;
            self.m.insert(name.clone(), m);
            self.v.insert(name.clone(), v);
        }
        Ok(())
    }

    fn save(&self, path: &std::path::Path) -> Result<()> {
        let mut state: HashMap<String, Tensor> = HashMap::new();
        for (name, _) in &self.params {
            state.insert(format!("m.{name}"), self.m[name].clone());
            state.insert(format!("v.{name}"), self.v[name].clone());
        }
        let device = self.params[0].1.device().clone();
        state.insert("step".to_string(), Tensor::new(&[self.step as u32], &device)?);
        candle_core::safetensors::save(&state, path) // the same safetensors format as the weights
    }

    fn load(&mut self, path: &std::path::Path) -> Result<()> {
        let device = self.params[0].1.device().clone();
        let mut state = candle_core::safetensors::load(path, &device)?;
        for (name, _) in &self.params {
            self.m.insert(name.clone(), state.remove(&format!("m.{name}")).unwrap());
            self.v.insert(name.clone(), state.remove(&format!("v.{name}")).unwrap());
        }
        self.step = state["step"].to_vec1::<u32>()?[0] as usize;
        Ok(())
    }
}

fn same(a: &Tensor, b: &Tensor) -> Result<bool> {
    Ok(a.ne(b)?.to_dtype(DType::F32)?.sum_all()?.to_scalar::<f32>()? == 0.0)
}

fn main() -> Result<()> {
    let device = Device::Cpu;
    device.set_seed(0)?;
    let x = Tensor::randn(0f32, 1f32, (256, 20), &device)?;
    let y = x.matmul(&Tensor::randn(0f32, 1f32, (20, 3), &device)?)?.argmax(D::Minus1)?;
    let (lr, eps, steps) = (1e-3, 1e-8, 20);

    let varmap = VarMap::new();
    let model = make_model(&varmap, &device)?;
    let mut opt = Adam::new(&varmap, lr, eps)?;
    for _ in 0..steps {
        opt.backward_step(&loss::cross_entropy(&model.forward(&x)?, &y)?)?;
    }

    let dir = std::env::temp_dir().join(format!("candle-checkpoint-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    varmap.save(dir.join("model.safetensors"))?; // every Var of the VarMap, by name
    opt.save(&dir.join("optimizer.safetensors"))?;

    device.set_seed(1)?; // a fresh model with other weights
    let mut restored_map = VarMap::new();
    let restored = make_model(&restored_map, &device)?;
    let mut restored_opt = Adam::new(&restored_map, lr, eps)?;
    let differs_before = !same(&model.forward(&x)?, &restored.forward(&x)?)?;
    // load() overwrites the existing Vars in place, so the layers built on them see the new values.
    restored_map.load(dir.join("model.safetensors"))?;
    restored_opt.load(&dir.join("optimizer.safetensors"))?;
    std::fs::remove_dir_all(&dir)?;

    let outputs_equal = same(&model.forward(&x)?, &restored.forward(&x)?)?;
    let restored_step = restored_opt.step;
    // With Adam's moments restored too, one more step keeps both models in lockstep.
    opt.backward_step(&loss::cross_entropy(&model.forward(&x)?, &y)?)?;
    restored_opt.backward_step(&loss::cross_entropy(&restored.forward(&x)?, &y)?)?;
    let equal_after = same(&model.forward(&x)?, &restored.forward(&x)?)?;
    println!("restored step {restored_step}: outputs match {outputs_equal}, also after one more step {equal_after}");
    assert!(differs_before && outputs_equal && equal_after && restored_step == steps);
    println!(
        "RESULT {{\"steps_before_save\": {steps}, \"restored_step\": {restored_step}, \"differs_before_restore\": {differs_before}, \"outputs_equal\": {outputs_equal}, \"equal_after_one_more_step\": {equal_after}}}"
    );
    Ok(())
}
