import type { Check } from './context.ts';
import type { ContentIssue } from './issue.ts';
import { fieldPath } from './issue.ts';
import { locateField } from './locate.ts';
import { walk } from './walk.ts';
import { normalizePartialDate } from '../../schemas/common.ts';

/** Fields that hold calendar dates (cells' `since`/`until` may hold versions and are skipped unless date-shaped). */
const DATE_KEYS = new Set(['date', 'read', 'lastVerified', 'since', 'until']);
const DATE_SHAPE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Compares partial dates by their earliest day: "2026-12" is after "2026-11-22". */
export function isAfter(date: string, today: string): boolean {
  return date > today.slice(0, date.length);
}

/** No fact is dated in the future: a typo in a year is the usual cause. */
export const datesCheck: Check = {
  name: 'dates',
  description:
    'Dates are not in the future (release dates, history, status, source read dates, last verified).',
  run({ frameworks, today }) {
    const issues: ContentIssue[] = [];
    for (const f of frameworks) {
      for (const v of walk(f.raw)) {
        if (typeof v.key !== 'string' || !DATE_KEYS.has(v.key)) continue;
        const value = normalizePartialDate(v.value);
        if (typeof value !== 'string' || !DATE_SHAPE.test(value)) continue;
        if (!isAfter(value, today)) continue;
        issues.push({
          check: this.name,
          file: f.file,
          line: locateField(f.text, v.path),
          field: fieldPath(v.path),
          message: `The date ${value} is in the future (today is ${today})`,
          fix: 'Correct the date; dates record what has happened, as exact as the source gives them',
        });
      }
    }
    return issues;
  },
};
