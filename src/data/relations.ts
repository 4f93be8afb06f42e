import type { Registry } from './registry.ts';

/** Typed links between frameworks; each is shown on both ends with the inverse label. */
export const RELATIONS = {
  'built-on': {
    label: 'Built on',
    inverse: 'Foundation for',
    description: 'Runs on top of the target framework.',
  },
  'derived-from': {
    label: 'Derived from',
    inverse: 'Gave rise to',
    description: 'Began as a fork, rewrite or spiritual successor of the target.',
  },
  'merged-into': {
    label: 'Merged into',
    inverse: 'Absorbed',
    description: 'Its code and development moved into the target.',
  },
  'exports-to': {
    label: 'Exports to',
    inverse: 'Exported from',
    description: 'Models can be exported in the target format.',
  },
  runs: { label: 'Runs', inverse: 'Run by', description: 'Executes models of the target format.' },
} as const satisfies Registry<string> & Record<string, { inverse: string }>;

export type Relation = keyof typeof RELATIONS;
