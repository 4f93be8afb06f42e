import type { Registry } from './registry.ts';

/** A rating scale for one editorial criterion, best first. */
interface Criterion {
  label: string;
  description: string;
  levels: Registry<string>;
}

/**
 * Editorial criteria: the site's opinion, never presented as fact. Each rating in a data
 * file carries a one-line rationale.
 */
export const CRITERIA = {
  learningCurve: {
    label: 'Learning curve',
    description: 'How quickly a programmer who knows Python (or the API language) becomes productive.',
    levels: {
      gentle: { label: 'Gentle', description: 'Productive within days.' },
      moderate: { label: 'Moderate', description: 'Needs a few new concepts learned on purpose.' },
      steep: { label: 'Steep', description: 'Needs a different way of thinking or much boilerplate.' },
    },
  },
  debugging: {
    label: 'Debugging',
    description: 'How easy it is to inspect values and find the line that failed.',
    levels: {
      easy: { label: 'Easy', description: 'Ordinary debuggers and print statements work.' },
      moderate: { label: 'Moderate', description: 'Works, with caveats inside compiled or traced code.' },
      hard: { label: 'Hard', description: 'Errors surface far from their cause.' },
    },
  },
  research: {
    label: 'Research fit',
    description: 'How well it suits trying new model ideas today.',
    levels: {
      strong: { label: 'Strong', description: 'A common first choice for new research code.' },
      moderate: { label: 'Moderate', description: 'Usable, with fewer examples or more friction.' },
      weak: { label: 'Weak', description: 'Rarely a good choice for new research today.' },
    },
  },
  production: {
    label: 'Production fit',
    description: 'How well it suits shipping and maintaining models today.',
    levels: {
      strong: { label: 'Strong', description: 'Mature deployment paths and long-term support.' },
      moderate: { label: 'Moderate', description: 'Possible, with more assembly or fewer targets.' },
      weak: { label: 'Weak', description: 'Not advisable for new production systems today.' },
    },
  },
} as const satisfies Record<string, Criterion>;

export type CriterionId = keyof typeof CRITERIA;
