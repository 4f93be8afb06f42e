import type { Registry, RegistryEntry } from './registry.ts';

/** An exchange format: what the file is, and who loads it and describes it. */
interface FormatEntry extends RegistryEntry {
  /** The file's extension, or what it is when it has none. */
  file: string;
  /** The framework id of the runtime that loads it in the matrix. */
  runtime: string;
  /** The framework id of the format's own profile, when it has one. */
  formatProfile: string | undefined;
}

/**
 * The source frameworks of the interchange matrix (npm run verify:interchange), in row order.
 * Each key is a framework id (content/frameworks/<id>.yaml).
 */
export const INTERCHANGE_SOURCES = {
  pytorch: {
    label: 'PyTorch',
    description: 'torch.nn.Module, exported with torch.onnx, torch.export and litert-torch.',
  },
  tensorflow: {
    label: 'TensorFlow',
    description:
      'A tf.Module with a tf.function, exported with tf.saved_model, the TFLite converter and tf2onnx.',
  },
  keras: {
    label: 'Keras',
    description: 'A Keras 3 functional model on the TensorFlow backend, exported with model.export.',
  },
  jax: {
    label: 'JAX',
    description: 'A jitted function, exported with jax2tf to TensorFlow and from there on.',
  },
} as const satisfies Registry<string>;
export type InterchangeSource = keyof typeof INTERCHANGE_SOURCES;

/**
 * The exchange formats, in column order, each with the runtime (a framework id) that loads it
 * in the matrix and the framework profile that describes the format itself, where one exists.
 */
export const INTERCHANGE_FORMATS = {
  onnx: {
    label: 'ONNX',
    description: 'An .onnx file, run by ONNX Runtime.',
    file: '.onnx',
    runtime: 'onnx-runtime',
    formatProfile: 'onnx',
  },
  pte: {
    label: 'ExecuTorch',
    description: 'A .pte program, run by the ExecuTorch runtime.',
    file: '.pte',
    runtime: 'executorch',
    formatProfile: undefined,
  },
  tflite: {
    label: 'LiteRT',
    description: 'A .tflite flatbuffer, run by the LiteRT interpreter.',
    file: '.tflite',
    runtime: 'litert',
    formatProfile: undefined,
  },
  savedmodel: {
    label: 'SavedModel',
    description: 'A TensorFlow SavedModel directory, loaded back with tf.saved_model.load.',
    file: 'a folder',
    runtime: 'tensorflow',
    formatProfile: undefined,
  },
} as const satisfies Readonly<Record<string, FormatEntry>>;
export type InterchangeFormat = keyof typeof INTERCHANGE_FORMATS;

/** Where a failing cell broke: writing the file, loading or running it, or in the comparison. */
export const INTERCHANGE_STAGES = {
  export: { label: 'export', description: 'The exporter did not write the file.' },
  load: { label: 'load', description: 'The runtime could not load or run the file.' },
  compare: { label: 'compare', description: 'It ran, but the outputs differ beyond the tolerance.' },
} as const satisfies Registry<string>;
export type InterchangeStage = keyof typeof INTERCHANGE_STAGES;
