import type { Registry } from './registry.ts';

/**
 * The value of a support cell. Never ambiguous: "unknown" is not "no", and "partial" and
 * "not-applicable" must say why in the cell's note (the schema enforces it).
 */
export const SUPPORT = {
  yes: { label: 'Yes', description: 'Supported by the project itself.' },
  partial: {
    label: 'Partial',
    description: 'Supported with limits, through a plug-in, or experimentally; the note says how.',
  },
  no: { label: 'No', description: 'Not supported.' },
  unknown: {
    label: 'Unknown',
    description: 'We have not found a primary source either way yet.',
  },
  'not-applicable': {
    label: 'Not applicable',
    description: 'The question does not apply to this kind of project; the note says why.',
  },
} as const satisfies Registry<string>;

export type Support = keyof typeof SUPPORT;

/** Cell values that make a claim and so need a source. */
export const CLAIMING_SUPPORT: readonly Support[] = ['yes', 'partial', 'no'];
