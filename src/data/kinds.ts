import type { Registry } from './registry.ts';

/** What sort of software a profile describes. */
export const KINDS = {
  'full-framework': {
    label: 'Full framework',
    description: 'Defines tensors, automatic differentiation, layers and training on its own.',
  },
  'high-level-api': {
    label: 'High-level API',
    description: 'A friendlier interface that runs on one or more full frameworks.',
  },
  'nn-library': {
    label: 'Neural-network library',
    description: 'Layers and models for a framework that supplies the tensors and autodiff.',
  },
  'inference-runtime': {
    label: 'Inference runtime',
    description: 'Runs trained models; training is not its purpose.',
  },
  'interchange-format': {
    label: 'Interchange format',
    description: 'A file format for moving models between frameworks and runtimes.',
  },
} as const satisfies Registry<string>;

export type Kind = keyof typeof KINDS;
