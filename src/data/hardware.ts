import type { Registry } from './registry.ts';

/** Hardware targets a framework can train or run on, in table order. */
export const HARDWARE = {
  cpu: { label: 'CPU', description: 'x86-64 and Arm processors.' },
  cuda: { label: 'NVIDIA CUDA', description: 'NVIDIA GPUs through CUDA.' },
  rocm: { label: 'AMD ROCm', description: 'AMD GPUs through ROCm/HIP.' },
  metal: { label: 'Apple Metal', description: 'Apple-silicon GPUs through Metal or MPS.' },
  tpu: { label: 'Google TPU', description: 'Google Cloud TPUs through XLA.' },
  'intel-gpu': { label: 'Intel GPU', description: 'Intel GPUs (XPU) through oneAPI/SYCL or plug-ins.' },
  mobile: { label: 'Mobile / edge', description: 'Phones, embedded boards and their accelerators.' },
} as const satisfies Registry<string>;

export type Hardware = keyof typeof HARDWARE;
