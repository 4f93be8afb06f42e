import type { Registry } from './registry.ts';

/** Maintenance status of a project, as its maintainers describe it. */
export const STATUSES = {
  active: {
    label: 'Active',
    description: 'New features and releases are still being made.',
  },
  'maintenance-only': {
    label: 'Maintenance only',
    description: 'Bug and security fixes at most; no new features are planned.',
  },
  discontinued: {
    label: 'Discontinued',
    description: 'The maintainers have stopped development and releases.',
  },
  archived: {
    label: 'Archived',
    description: 'The repository is read-only or the project was retired by its foundation.',
  },
  superseded: {
    label: 'Superseded',
    description: 'Development continues under another project, named as its successor.',
  },
} as const satisfies Registry<string>;

export type Status = keyof typeof STATUSES;

/** Statuses that show a warning banner on the profile page. */
export function isInactive(status: Status): boolean {
  return status !== 'active';
}
