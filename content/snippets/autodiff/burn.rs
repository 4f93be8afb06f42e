// Written for burn 0.22.1 (Cargo features "flex" and "autodiff"). Parsed by this site's checks
// but not run: the verifier runs Python only, and Rust crates cannot be fetched on the machine
// that builds the site.
use burn::tensor::{Device, Tensor};

// The spec's scalar function of a vector: sum(x^2 * sin(x)).
fn f(x: Tensor<1>) -> Tensor<1> {
    (x.clone().powi_scalar(2) * x.sin()).sum()
}

fn main() {
    // Autodiff is a capability of the device: tensors on device.autodiff() record their history.
    let device = Device::flex().autodiff();
    let x = Tensor::<1>::from_floats([0.5, -1.0, 2.0, 3.0], &device).require_grad();
    let y = f(x.clone()); // a one-element tensor
    let grads = y.backward(); // a container of gradients; x itself is not modified
    // grad() hands back the gradient without the autodiff history (on the inner device).
    let grad = x.grad(&grads).expect("x requires a gradient");

    // By hand: d/dx [x^2 sin x] = 2x sin x + x^2 cos x, computed without autodiff.
    let xd = x.clone().inner();
    let by_hand = xd.clone() * 2.0 * xd.clone().sin() + xd.clone().powi_scalar(2) * xd.cos();
    let err = (grad.clone() - by_hand).abs().max().into_scalar::<f32>();
    assert!(err < 1e-5, "autodiff and the hand-worked gradient disagree by {err}");

    // Each backward() returns a fresh container, so nothing accumulates between calls.
    let again = f(x.clone()).backward();
    assert!(x.grad(&again).unwrap().equal(grad.clone()).all().into_scalar::<bool>());

    let value = y.into_scalar::<f32>();
    let g: Vec<f64> = grad
        .into_data()
        .to_vec::<f32>()
        .unwrap()
        .iter()
        .map(|v| (*v as f64 * 1e4).round() / 1e4)
        .collect();
    println!("f(x) = {value:.4}");
    println!("RESULT {{\"value\": {value:.4}, \"grad\": {g:?}}}");
}
