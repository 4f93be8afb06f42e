import type { Registry } from './registry.ts';

/** How code runs by default, before any compile or capture step. */
export const EXECUTION_MODES = {
  eager: {
    label: 'Eager',
    description: 'Each operation runs as the line executes (define-by-run).',
  },
  graph: {
    label: 'Graph',
    description: 'A symbolic graph is built first, then compiled and run (define-and-run).',
  },
  declarative: {
    label: 'Declarative',
    description: 'Models are described in configuration files rather than program code.',
  },
  'backend-dependent': {
    label: 'Backend-dependent',
    description: 'Runs the way the chosen backend framework runs.',
  },
  'not-applicable': {
    label: 'Not applicable',
    description: 'A format or runtime with no user-facing execution model of its own.',
  },
} as const satisfies Registry<string>;

export type ExecutionMode = keyof typeof EXECUTION_MODES;
