import { z } from 'astro/zod';

/** Lower-case words joined by single hyphens: file names, ids and source ids. */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id in kebab-case, with an error that says how to write one. */
export const kebabId = z
  .string()
  .regex(KEBAB_ID, { message: 'Not a kebab-case id (lower-case letters, digits and single hyphens)' });

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when the string is YYYY, YYYY-MM or YYYY-MM-DD and names a real calendar day. */
export function isValidPartialDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return Number(y) >= 1950;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/**
 * Turns what YAML gives for a date into "YYYY", "YYYY-MM" or "YYYY-MM-DD".
 * YAML reads an unquoted 2019-09-30 as a Date (at UTC midnight) and 2019 as a number;
 * contributors should not have to know that, so all three forms are accepted.
 */
export function normalizePartialDate(value: unknown): unknown {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
}

/** A date as exact as the source gives it: a year, a month or a day. */
export const partialDate = z
  .preprocess(
    normalizePartialDate,
    z.string().refine(isValidPartialDate, {
      message: 'Not a real date in the form YYYY, YYYY-MM or YYYY-MM-DD',
      params: { fix: 'Write the date as exact as the source gives it, e.g. 2019-09-30, 2019-09 or 2019' },
    }),
  )
  .meta({
    description: 'A date as exact as its source gives it: YYYY, YYYY-MM or YYYY-MM-DD.',
    pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
  });

/** An https URL; plain http and other schemes are rejected (see the https check). */
export const httpsUrl = z.url({
  protocol: /^https$/,
  error: 'Expected a full https:// URL (http and other schemes are not accepted)',
});

/** Ids of entries in this file's `sources` list that back a fact. */
export const sourceRefs = z
  .array(kebabId)
  .min(1, { message: 'Every fact needs at least one source: add the id of an entry in `sources`' });

/** Free text shown to readers next to a fact (limits, caveats, disagreements between sources). */
export const note = z.string().trim().min(1);
