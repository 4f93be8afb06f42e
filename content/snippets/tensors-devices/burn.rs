// Written for burn 0.22.1 (Cargo features "flex", plus "cuda" for the GPU line). Parsed by this
// site's checks but not run: the verifier runs Python only, and Rust crates cannot be fetched on
// the machine that builds the site.
use burn::tensor::{DType, Device, Distribution, Int, Tensor, TensorData};

fn main() {
    // Since 0.22 a tensor's backend is chosen at run time by its Device: Device::flex() is Burn's
    // pure-Rust CPU backend. With the "cuda" feature, Device::cuda(0) would pick an NVIDIA GPU.
    let device = Device::flex();
    let a = Tensor::<2>::from_floats([[1.0, 2.0], [3.0, 4.0]], &device); // from Rust values: f32
    // The spec's b comes from NumPy's default_rng(0); Burn cannot replay that generator, so the
    // four float32 values it draws are written out here.
    let b_values = vec![1.117_622_f32, -1.387_124_9, -0.426_571_6, -0.803_587_26];
    let b = Tensor::<2>::from_data(TensorData::new(b_values, [2, 2]), &device);
    device.seed(0); // Burn's own seeded generator; its numbers are its own
    let noise = Tensor::<2>::random([2, 2], Distribution::Normal(0.0, 1.0), &device);

    // Operations consume their inputs, so tensors used again are cloned (a cheap handle copy).
    let c = a.clone() * 2.0 + b.clone(); // elementwise arithmetic
    let d = a.clone().matmul(b.clone()); // matrix product
    println!("{:?} {:?} {:?}", d.dims(), d.dtype(), d.device());
    let i = Tensor::<1, Int>::arange(0..6, &device).reshape([2, 3]); // integers
    println!("{:?} mean {}", i.dtype(), i.clone().float().mean().into_scalar::<f32>());

    // Out of the framework: into_data() waits for the (asynchronous) backend and copies to the host.
    let d_data = d.clone().into_data();
    let d_host: Vec<f32> = d_data.to_vec().unwrap(); // row-major, shape [2, 2]
    let (a_h, b_h): (Vec<f32>, Vec<f32>) = (a.to_data().to_vec().unwrap(), b.to_data().to_vec().unwrap());
    for r in 0..2 {
        for k in 0..2 {
            let by_hand = a_h[r * 2] * b_h[k] + a_h[r * 2 + 1] * b_h[2 + k];
            assert!((d_host[r * 2 + k] - by_hand).abs() < 1e-6);
        }
    }
    // To NumPy: Burn writes no .npy files, but the raw little-endian bytes are what
    // np.frombuffer(raw, dtype=np.float32).reshape(2, 2) reads back.
    let raw: &[u8] = d_data.as_bytes();
    assert_eq!(raw.len(), 4 * 4);
    let back = Tensor::<2>::from_data(d_data.clone(), &device);
    assert!(back.equal(d.clone()).all().into_scalar::<bool>());
    let e = Tensor::<2>::ones([2, 2], &device);
    assert!((a.clone() + e).equal(a + 1.0).all().into_scalar::<bool>());
    assert_eq!(noise.dims(), [2, 2]);
    assert_eq!(c.dims(), [2, 2]);

    let rounded: Vec<Vec<f64>> = d_host
        .chunks(2)
        .map(|row| row.iter().map(|v| (*v as f64 * 1e4).round() / 1e4).collect())
        .collect();
    // Burn calls the type F32; the spec's name for it is float32.
    let dtype = if d.dtype() == DType::F32 { "float32" } else { d.dtype().name() };
    println!(
        "RESULT {{\"matmul\": {rounded:?}, \"shape\": {:?}, \"dtype\": \"{dtype}\"}}",
        d.dims()
    );
}
