import type { Registry, RegistryEntry } from './registry.ts';

/** A status with the rule that decides it. */
export interface StatusEntry extends RegistryEntry {
  /** The rule in one sentence, as readers see it on /data/ and in docs/status-rule.md. */
  rule: string;
  /**
   * The same rule as conditions a reader can check against the repository, the release list
   * and the maintainers' announcements, on the profile's verification date. For active every
   * condition must hold; for the others any one is enough.
   */
  terms: readonly string[];
  /** How the terms combine. */
  combine: 'all' | 'any';
  /**
   * Development has ended: the code grid writes no new snippets for such a framework and marks
   * its cells "retired" rather than "not written yet".
   */
  retired: boolean;
}

/**
 * Maintenance status of a project, decided by a rule, not a mood. Judged on the profile's
 * `lastVerified` date; when several statuses match, the first in this order that matches wins
 * (superseded, archived, discontinued, maintenance-only, active), so a named successor beats an
 * archived repository, and the maintainers' own word beats activity. Anything that is not
 * active and matches nothing else is maintenance-only: "at most maintenance".
 * The same rule, in prose: docs/status-rule.md (a test keeps the two in step).
 */
export const STATUSES = {
  active: {
    label: 'Active',
    description: 'A stable release in the last 12 months and commits in the last 3 months.',
    rule: 'A stable release in the 12 months before the verification date and commits to the main repository in the 3 months before it.',
    terms: [
      'a stable (not pre-release) version was published in the last 12 months',
      'the main repository received commits in the last 3 months',
    ],
    combine: 'all',
    retired: false,
  },
  'maintenance-only': {
    label: 'Maintenance only',
    description: 'Kept working, but at most fixes: no recent stable release, or no new features planned.',
    rule: 'The maintainers say so; or there was no stable release in 12 months while the repository still gets commits or pre-releases; or releases continue but an announcement says no new features are planned. Anything not active that matches no other status is also maintenance-only.',
    terms: [
      'the maintainers describe the project as maintenance-only (bug or security fixes at most)',
      'no stable release in the last 12 months, while the repository still receives commits or pre-releases',
      'releases continue, but the maintainers have announced that no new features are planned',
    ],
    combine: 'any',
    retired: false,
  },
  discontinued: {
    label: 'Discontinued',
    description: 'Development has ended: announced, or no release and no commit for 24 months.',
    rule: 'The end of development was announced; or there has been no release and no commit for 24 months. The repository is not archived (then it is archived).',
    terms: [
      'the maintainers announced the end of development',
      'no release (stable or pre-release) and no commit in the last 24 months, and the repository is not archived',
    ],
    combine: 'any',
    retired: true,
  },
  archived: {
    label: 'Archived',
    description: 'The repository is archived (read-only) or the project was retired by its foundation.',
    rule: 'The repository is archived or read-only, or the foundation that hosted the project retired it, and no successor is named (then it is superseded).',
    terms: [
      'the repository is archived or read-only',
      'the hosting foundation retired the project (e.g. moved it to the Apache Attic)',
    ],
    combine: 'any',
    retired: true,
  },
  superseded: {
    label: 'Superseded',
    description: 'The maintainers name a successor that continues the work.',
    rule: 'The maintainers name a successor project that continues the work. This wins over archived and discontinued.',
    terms: ['the maintainers (or the steward) name a successor project that continues the work'],
    combine: 'any',
    retired: true,
  },
} as const satisfies Registry<string> & Record<string, StatusEntry>;

export type Status = keyof typeof STATUSES;

/** Whether development of a framework with this status has ended (see StatusEntry.retired). */
export function isRetired(status: Status): boolean {
  return STATUSES[status].retired;
}

/** Statuses that show a warning banner on the profile page. */
export function isInactive(status: Status): boolean {
  return status !== 'active';
}
