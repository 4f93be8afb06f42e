// Written for candle-core 0.11.1. Parsed by this site's checks but not run: the verifier runs
// Python only, and Rust crates cannot be fetched on the machine that builds the site.
use candle_core::{DType, Device, Result, Tensor};

fn main() -> Result<()> {
    // A CUDA GPU when one is present (and candle was built with the cuda feature), else the CPU.
    let device = Device::cuda_if_available(0)?;
    let a = Tensor::new(&[[1f32, 2.], [3., 4.]], &device)?; // from Rust values: f32 literals
    // The spec's b comes from NumPy's default_rng(0); candle cannot replay that generator, so the
    // four float32 values it draws are written out here (np.save + Tensor::read_npy also works).
    let b = Tensor::new(
        &[[1.117_622_f32, -1.387_124_9], [-0.426_571_6, -0.803_587_26]],
        &device,
    )?;
    device.set_seed(0)?; // candle's own seeded generator; its numbers are its own
    let noise = Tensor::randn(0f32, 1f32, (2, 2), &device)?;

    let c = ((&a * 2.0)? + &b)?; // elementwise arithmetic; every op returns a Result
    let d = a.matmul(&b)?; // matrix product
    println!("{:?} {:?} {:?}", d.dims(), d.dtype(), d.device().location());
    let i = Tensor::arange(0u32, 6, &device)?.reshape((2, 3))?; // integers: u32 here
    let mean = i.to_dtype(DType::F32)?.mean_all()?.to_scalar::<f32>()?;
    println!("{:?} mean {mean}", i.dtype());

    // Out of the framework: to_vec2 copies the values back into host memory (from any device).
    let d_host: Vec<Vec<f32>> = d.to_vec2()?;
    let (a_h, b_h): (Vec<Vec<f32>>, Vec<Vec<f32>>) = (a.to_vec2()?, b.to_vec2()?);
    for r in 0..2 {
        for k in 0..2 {
            let by_hand = a_h[r][0] * b_h[0][k] + a_h[r][1] * b_h[1][k];
            assert!((d_host[r][k] - by_hand).abs() < 1e-6);
        }
    }
    // To NumPy and back: candle reads and writes .npy files (np.load / np.save on the other side).
    let path = std::env::temp_dir().join("candle_d.npy");
    d.to_device(&Device::Cpu)?.write_npy(&path)?;
    let back = Tensor::read_npy(&path)?.to_device(&device)?;
    let same = back.eq(&d)?.to_dtype(DType::F32)?.mean_all()?.to_scalar::<f32>()?;
    assert_eq!(same, 1.0);
    let ones = Tensor::ones((2, 2), DType::F32, &device)?;
    let e = (&a + &ones)?.eq(&(&a + 1.0)?)?.to_dtype(DType::F32)?.mean_all()?;
    assert_eq!(e.to_scalar::<f32>()?, 1.0);
    assert_eq!(noise.dims(), &[2, 2]);
    assert_eq!(c.dims(), &[2, 2]);

    let rounded: Vec<Vec<f64>> = d_host
        .iter()
        .map(|row| row.iter().map(|v| (*v as f64 * 1e4).round() / 1e4).collect())
        .collect();
    // candle calls the type "f32"; the spec's name for it is float32.
    let dtype = if d.dtype() == DType::F32 { "float32" } else { d.dtype().as_str() };
    println!(
        "RESULT {{\"matmul\": {rounded:?}, \"shape\": {:?}, \"dtype\": \"{dtype}\"}}",
        d.dims()
    );
    Ok(())
}
