import type { Registry } from './registry.ts';

/** Where a trained model can be taken, in table order. */
export const DEPLOYMENT = {
  server: {
    label: 'Server',
    description: 'Inference in a server process or a serving system.',
  },
  native: {
    label: 'Native, no Python',
    description: 'A C/C++ (or other compiled) runtime that needs no Python interpreter.',
  },
  mobile: { label: 'Mobile', description: 'On-device inference on Android or iOS.' },
  browser: { label: 'Browser', description: 'Inference in a web browser (WebAssembly, WebGL, WebGPU).' },
  microcontroller: {
    label: 'Microcontroller',
    description: 'Bare-metal or RTOS devices with kilobytes of memory.',
  },
  onnx: { label: 'ONNX export', description: 'Export to the ONNX interchange format.' },
} as const satisfies Registry<string>;

export type DeploymentTarget = keyof typeof DEPLOYMENT;
