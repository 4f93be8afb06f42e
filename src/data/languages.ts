import type { Registry } from './registry.ts';

/** Programming languages used to implement frameworks or offered as their API. */
export const LANGUAGES = {
  python: { label: 'Python', description: 'Python.' },
  cpp: { label: 'C++', description: 'C++.' },
  c: { label: 'C', description: 'C.' },
  cuda: { label: 'CUDA', description: 'NVIDIA CUDA C++ kernels.' },
  lua: { label: 'Lua', description: 'Lua / LuaJIT.' },
  java: { label: 'Java', description: 'Java.' },
  scala: { label: 'Scala', description: 'Scala.' },
  kotlin: { label: 'Kotlin', description: 'Kotlin.' },
  javascript: { label: 'JavaScript', description: 'JavaScript.' },
  typescript: { label: 'TypeScript', description: 'TypeScript.' },
  rust: { label: 'Rust', description: 'Rust.' },
  swift: { label: 'Swift', description: 'Swift.' },
  go: { label: 'Go', description: 'Go.' },
  julia: { label: 'Julia', description: 'Julia.' },
  r: { label: 'R', description: 'R.' },
  csharp: { label: 'C#', description: 'C# / .NET.' },
  perl: { label: 'Perl', description: 'Perl.' },
  clojure: { label: 'Clojure', description: 'Clojure.' },
  matlab: { label: 'MATLAB', description: 'MATLAB.' },
  brainscript: { label: 'BrainScript', description: "CNTK's own model-description language." },
  protobuf: { label: 'Protocol Buffers', description: 'Protocol Buffers text or binary format.' },
  objc: { label: 'Objective-C', description: 'Objective-C.' },
  mlir: { label: 'MLIR', description: 'MLIR dialects and compiler passes.' },
  metal: { label: 'Metal', description: 'Apple Metal shading language.' },
} as const satisfies Registry<string>;

export type Language = keyof typeof LANGUAGES;
