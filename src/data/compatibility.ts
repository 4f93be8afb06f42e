import type { Registry } from './registry.ts';

/** CPython minor versions a release line can support, oldest first. */
export const PYTHON_VERSIONS = ['3.7', '3.8', '3.9', '3.10', '3.11', '3.12', '3.13', '3.14', '3.15'] as const;
export type PythonVersion = (typeof PYTHON_VERSIONS)[number];

/** CUDA toolkit releases (major.minor) that frameworks build against, oldest first (NVIDIA's CUDA Toolkit archive). */
export const CUDA_VERSIONS = [
  '11.2',
  '11.7',
  '11.8',
  '12.0',
  '12.1',
  '12.2',
  '12.3',
  '12.4',
  '12.5',
  '12.6',
  '12.8',
  '12.9',
  '13.0',
  '13.1',
  '13.2',
] as const;
export type CudaVersion = (typeof CUDA_VERSIONS)[number];

/** ROCm releases frameworks build against, oldest first (AMD's ROCm release history). */
export const ROCM_VERSIONS = [
  '5.4',
  '5.6',
  '5.7',
  '6.0',
  '6.1',
  '6.2',
  '6.2.4',
  '6.3',
  '6.4',
  '7.0',
  '7.1',
  '7.2',
] as const;
export type RocmVersion = (typeof ROCM_VERSIONS)[number];

/** Where a wheel runs: operating system and CPU architecture, plus WSL2 as its own target. */
export const PLATFORMS = {
  'linux-x86_64': {
    label: 'Linux x86-64',
    description: 'Linux on Intel and AMD 64-bit processors (manylinux wheels).',
  },
  'linux-aarch64': {
    label: 'Linux Arm64',
    description: 'Linux on 64-bit Arm: Graviton, Grace, Jetson, Raspberry Pi 5.',
  },
  'macos-arm64': { label: 'macOS Apple silicon', description: 'Macs with M-series chips.' },
  'macos-x86_64': { label: 'macOS Intel', description: 'Macs with Intel processors.' },
  'windows-x86_64': {
    label: 'Windows x86-64',
    description: 'Native Windows on 64-bit Intel and AMD processors.',
  },
  wsl2: {
    label: 'Windows WSL2',
    description:
      'Linux wheels inside the Windows Subsystem for Linux 2; GPUs pass through on supported drivers.',
  },
} as const satisfies Registry<string>;
export type Platform = keyof typeof PLATFORMS;

/** Kinds of hardware a release line can run on. */
export const ACCELERATORS = {
  cpu: { label: 'CPU', description: 'No accelerator: the host processor.' },
  cuda: { label: 'NVIDIA CUDA', description: 'NVIDIA GPUs through CUDA (and cuDNN).' },
  rocm: { label: 'AMD ROCm', description: 'AMD GPUs through ROCm.' },
  mps: { label: 'Apple GPU', description: 'Apple-silicon GPUs through Metal or Metal Performance Shaders.' },
  xpu: { label: 'Intel XPU', description: 'Intel GPUs through oneAPI.' },
  tpu: { label: 'Google TPU', description: 'Cloud TPUs through XLA.' },
} as const satisfies Registry<string>;
export type AcceleratorKind = keyof typeof ACCELERATORS;

/** How well a release line supports an accelerator, in the maintainers' own words mapped to three values. */
export const ACCELERATOR_STATUSES = {
  stable: { label: 'Stable', description: 'Built, tested and published as a supported configuration.' },
  experimental: {
    label: 'Experimental',
    description: 'Published but labelled experimental, beta or preview by the maintainers.',
  },
  none: { label: 'None', description: 'The maintainers say this line does not support it.' },
} as const satisfies Registry<string>;

/** Operating systems an install command is written for (WSL2 uses the Linux commands). */
export const INSTALL_OSES = {
  linux: { label: 'Linux', description: 'Linux, and Linux inside WSL2.' },
  macos: { label: 'macOS', description: 'macOS.' },
  windows: { label: 'Windows', description: 'Native Windows.' },
} as const satisfies Registry<string>;
export type InstallOs = keyof typeof INSTALL_OSES;

/** Package managers an install command uses. */
export const PACKAGE_MANAGERS = {
  pip: { label: 'pip', description: 'pip from PyPI or the project’s own index.' },
  conda: { label: 'conda', description: 'conda or mamba from a conda channel.' },
  uv: { label: 'uv', description: 'uv pip.' },
  npm: { label: 'npm', description: 'npm from the npm registry.' },
} as const satisfies Registry<string>;

/** The operating system whose install commands apply on a platform. */
export function osOf(platform: Platform): InstallOs {
  if (platform.startsWith('macos')) return 'macos';
  if (platform === 'windows-x86_64') return 'windows';
  return 'linux';
}

/** Platform ids in registry order. */
export function keysOfPlatforms(): Platform[] {
  return Object.keys(PLATFORMS) as Platform[];
}
