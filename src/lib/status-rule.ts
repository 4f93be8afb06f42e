import type { Status } from '../data/statuses.ts';
import { daysBetween } from './freshness/age.ts';

/** What the status rule looks at, as found on the verification date. Dates are YYYY[-MM[-DD]]. */
export interface StatusEvidence {
  /** The newest stable (not pre-release) version's publication date. */
  lastStableRelease?: string;
  /** The newest pre-release's publication date. */
  lastPreRelease?: string;
  /** The newest commit on the main repository's default branch. */
  lastCommit?: string;
  /** The maintainers name a successor that continues the work. */
  successorNamed?: boolean;
  /** The repository is archived or read-only, or the hosting foundation retired the project. */
  archivedOrRetired?: boolean;
  /** The maintainers announced the end of development. */
  endAnnounced?: boolean;
  /** The maintainers say it is maintenance-only, or announced that no new features are planned. */
  maintenanceAnnounced?: boolean;
}

/** The same day `months` calendar months earlier, YYYY-MM-DD (31 March minus 1 month is 28/29 February). */
export function monthsBefore(on: string, months: number): string {
  const [y, m, d] = on.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** True when a date (partial dates count from their first day) is on or after the cutoff `months` before `on`. */
const within = (date: string | undefined, months: number, on: string) =>
  date !== undefined && daysBetween(monthsBefore(on, months), date) >= 0;

/**
 * The status the rule in src/data/statuses.ts gives, on a given day. Order decides ties:
 * superseded, archived, discontinued, announced maintenance, active, and otherwise
 * maintenance-only.
 */
export function statusByRule(e: StatusEvidence, on: string): Status {
  if (e.successorNamed) return 'superseded';
  if (e.archivedOrRetired) return 'archived';
  const lastRelease = [e.lastStableRelease, e.lastPreRelease]
    .filter((d) => d !== undefined)
    .sort()
    .at(-1);
  const quiet = !within(lastRelease, 24, on) && !within(e.lastCommit, 24, on);
  if (e.endAnnounced || quiet) return 'discontinued';
  if (e.maintenanceAnnounced) return 'maintenance-only';
  if (within(e.lastStableRelease, 12, on) && within(e.lastCommit, 3, on)) return 'active';
  return 'maintenance-only';
}
