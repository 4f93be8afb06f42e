import type { Status } from '../data/statuses.ts';
import type { Support } from '../data/support.ts';

/** Colour tones of badges; always paired with a text label, never the only signal. */
export type Tone = 'ok' | 'warn' | 'bad' | 'info' | 'neutral';

export const STATUS_TONE: Record<Status, Tone> = {
  active: 'ok',
  'maintenance-only': 'warn',
  discontinued: 'bad',
  archived: 'neutral',
  superseded: 'info',
};

export const SUPPORT_TONE: Record<Support, Tone> = {
  yes: 'ok',
  partial: 'warn',
  no: 'bad',
  unknown: 'neutral',
  'not-applicable': 'neutral',
};

/** A shape per support value so that the state also reads in greyscale and print. */
export const SUPPORT_SYMBOL: Record<Support, string> = {
  yes: '✓',
  partial: '◐',
  no: '✗',
  unknown: '?',
  'not-applicable': '–',
};
