import type { Check } from './context.ts';
import type { ContentIssue } from './issue.ts';
import { fieldPath } from './issue.ts';
import { locateField } from './locate.ts';
import { walk } from './walk.ts';
import { normalizePartialDate } from '../../schemas/common.ts';

const DATE_SHAPE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** A partial date as text, or undefined when the value is not date-shaped. */
function dateOf(value: unknown): string | undefined {
  const v = normalizePartialDate(value);
  return typeof v === 'string' && DATE_SHAPE.test(v) ? v : undefined;
}

/**
 * Whether partial date `a` is certainly before `b`: compared at the coarser of the two
 * precisions, so "2019" is not before "2019-09-30", but "2019-08" is.
 */
export function isBefore(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
}

/** Compares dotted numeric versions ("2.10" > "2.9"); undefined when either is not numeric. */
export function compareVersions(a: string, b: string): number | undefined {
  const parse = (v: string) => /^v?(\d+(?:\.\d+)*)/.exec(v)?.[1].split('.').map(Number);
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) return undefined;
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** Pre-releases ("4.23.0-rc.0", "2.0.0b1", "0.5.dev3") are not what `latestRelease` records. */
export function isPreRelease(version: string): boolean {
  return /(?:-|\.|\d)(?:rc|a|b|alpha|beta|dev|pre|preview|nightly)\.?\d*$|-[0-9A-Za-z.]+$/i.test(version);
}

interface Dated {
  version?: unknown;
  date?: unknown;
  since?: unknown;
  sources?: unknown;
}
interface Source {
  id?: unknown;
  read?: unknown;
}
interface RawFramework {
  status?: Dated;
  firstRelease?: Dated;
  latestRelease?: Dated;
  history?: (Dated & { title?: unknown })[];
  sources?: Source[];
  lastVerified?: unknown;
}

/**
 * Dates that contradict each other: the latest release before the first, a status that began
 * before the project existed, a release in the history newer than `latestRelease` (which is
 * then stale), history out of order, a source read before the event it reports, or read after
 * the file was last verified.
 */
export const dateOrderCheck: Check = {
  name: 'date-order',
  description:
    'Dates agree with each other: first release ≤ latest release (dates and versions), status since ≥ first release, history in order and no stable release in it newer than the latest release, sources read after what they report and by lastVerified.',
  run({ frameworks }) {
    const issues: ContentIssue[] = [];
    for (const f of frameworks) {
      const raw = f.raw as RawFramework | undefined;
      if (!raw || typeof raw !== 'object') continue;
      const add = (path: (string | number)[], message: string, fix: string) =>
        issues.push({
          check: this.name,
          file: f.file,
          line: locateField(f.text, path),
          field: fieldPath(path),
          message,
          fix,
        });
      const first = dateOf(raw.firstRelease?.date);
      const latest = dateOf(raw.latestRelease?.date);
      const firstVersion =
        typeof raw.firstRelease?.version === 'string' ? raw.firstRelease.version : undefined;
      const latestVersion =
        typeof raw.latestRelease?.version === 'string' ? raw.latestRelease.version : undefined;

      if (first && latest && isBefore(latest, first))
        add(
          ['latestRelease', 'date'],
          `The latest release (${latest}) is dated before the first release (${first})`,
          'Check both dates against the release pages; the latest release is the newest one',
        );
      if (firstVersion && latestVersion && (compareVersions(latestVersion, firstVersion) ?? 0) < 0)
        add(
          ['latestRelease', 'version'],
          `The latest version ${latestVersion} is lower than the first version ${firstVersion}`,
          'Check both versions against the release tags',
        );
      const since = dateOf(raw.status?.since);
      if (since && first && isBefore(since, first))
        add(
          ['status', 'since'],
          `The status began on ${since}, before the first release (${first})`,
          'A status cannot begin before the project was released: correct `status.since` or `firstRelease.date`',
        );

      // History: chronological, and no release newer than latestRelease.
      const history = Array.isArray(raw.history) ? raw.history : [];
      let previous: string | undefined;
      history.forEach((event, i) => {
        const date = dateOf(event?.date);
        if (!date) return;
        if (previous && isBefore(date, previous))
          add(
            ['history', i, 'date'],
            `History is out of order: ${date} comes after ${previous}`,
            'List history events from oldest to newest',
          );
        previous = date;
        const version = typeof event.version === 'string' ? event.version : undefined;
        if (!version) return;
        if (
          latestVersion &&
          latest &&
          !isPreRelease(version) &&
          (compareVersions(version, latestVersion) ?? 0) > 0 &&
          !isBefore(date, latest)
        )
          add(
            ['history', i, 'version'],
            `History lists release ${version} (${date}), newer than latestRelease ${latestVersion} (${latest})`,
            'latestRelease is stale: update its version, date and sources to the newest release',
          );
        if (
          version === firstVersion &&
          first &&
          date !== first &&
          !date.startsWith(first) &&
          !first.startsWith(date)
        )
          add(
            ['history', i, 'date'],
            `Release ${version} is dated ${date} here but ${first} in firstRelease`,
            'Use the same date in both places (the publication date of the release)',
          );
        if (
          version === latestVersion &&
          latest &&
          date !== latest &&
          !date.startsWith(latest) &&
          !latest.startsWith(date)
        )
          add(
            ['history', i, 'date'],
            `Release ${version} is dated ${date} here but ${latest} in latestRelease`,
            'Use the same date in both places (the publication date of the release)',
          );
        if (
          firstVersion &&
          first &&
          isBefore(date, first) &&
          (compareVersions(version, firstVersion) ?? -1) >= 0
        )
          add(
            ['history', i, 'date'],
            `Release ${version} is dated ${date}, before the first release ${firstVersion} (${first})`,
            'Correct the date, or firstRelease if this was the first release',
          );
      });

      // Sources: read after what they report, and no later than lastVerified.
      const sources = Array.isArray(raw.sources) ? raw.sources : [];
      const readOf = new Map<string, { date: string; index: number }>();
      sources.forEach((s, index) => {
        const date = dateOf(s?.read);
        if (typeof s?.id === 'string' && date) readOf.set(s.id, { date, index });
      });
      const verified = dateOf(raw.lastVerified);
      if (verified)
        for (const [id, r] of readOf)
          if (isBefore(verified, r.date))
            add(
              ['sources', r.index, 'read'],
              `The source "${id}" was read on ${r.date}, after the file was last verified (${verified})`,
              'Set `lastVerified` to the date you last checked every fact (at least the newest read date)',
            );
      for (const v of walk(raw)) {
        if (v.key !== 'date' && v.key !== 'since') continue;
        const date = dateOf(v.value);
        const parent = v.path.slice(0, -1);
        let holder: unknown = raw;
        for (const p of parent) holder = (holder as Record<string | number, unknown>)?.[p];
        const refs = (holder as Dated | undefined)?.sources;
        if (!date || !Array.isArray(refs)) continue;
        for (const ref of refs) {
          const r = typeof ref === 'string' ? readOf.get(ref) : undefined;
          if (r && isBefore(r.date, date))
            add(
              v.path,
              `Dated ${date}, but its source "${String(ref)}" was read on ${r.date}, before that`,
              'A source cannot report what had not happened yet: check the date, or cite the source you read after it',
            );
        }
      }

      // Support cells: a date-shaped `until` is not before `since`.
      for (const v of walk(raw)) {
        const cell = v.value as { since?: unknown; until?: unknown } | null;
        if (!cell || typeof cell !== 'object' || Array.isArray(cell)) continue;
        const from = dateOf(cell.since);
        const to = dateOf(cell.until);
        if (from && to && isBefore(to, from))
          add(
            [...v.path, 'until'],
            `Support ends (${to}) before it begins (${from})`,
            'Swap or correct `since` and `until`',
          );
      }
    }
    return issues;
  },
};
