// Written for candle-core 0.11.1. Parsed by this site's checks but not run: the verifier runs
// Python only, and Rust crates cannot be fetched on the machine that builds the site.
use candle_core::{Device, Result, Tensor, Var};

// The spec's scalar function of a vector: sum(x^2 * sin(x)).
fn f(x: &Tensor) -> Result<Tensor> {
    (x.sqr()? * x.sin()?)?.sum_all()
}

fn main() -> Result<()> {
    let device = Device::Cpu;
    // A Var is a tensor that backward() differentiates with respect to.
    let x = Var::new(&[0.5f32, -1.0, 2.0, 3.0], &device)?;
    let y = f(x.as_tensor())?; // a scalar tensor that remembers how it was computed
    let grads = y.backward()?; // a GradStore, keyed by tensor; nothing is stored on x itself
    let grad = grads.get(x.as_tensor()).expect("x takes part in y").clone();

    // By hand: d/dx [x^2 sin x] = 2x sin x + x^2 cos x
    let xt = x.as_tensor().detach();
    let by_hand = (((&xt * 2.0)? * xt.sin()?)? + (xt.sqr()? * xt.cos()?)?)?;
    let err = (&grad - &by_hand)?.abs()?.max_all()?.to_scalar::<f32>()?;
    assert!(err < 1e-5, "autodiff and the hand-worked gradient disagree by {err}");

    // Each backward() builds a fresh GradStore, so nothing accumulates between calls.
    let again = f(x.as_tensor())?.backward()?;
    let err2 = (again.get(x.as_tensor()).unwrap() - &grad)?.abs()?.max_all()?.to_scalar::<f32>()?;
    assert!(err2 == 0.0);

    let value = y.to_scalar::<f32>()?;
    let g: Vec<f64> = grad
        .to_vec1::<f32>()?
        .iter()
        .map(|v| (*v as f64 * 1e4).round() / 1e4)
        .collect();
    println!("f(x) = {value:.4}");
    println!("RESULT {{\"value\": {:.4}, \"grad\": {g:?}}}", value);
    Ok(())
}
