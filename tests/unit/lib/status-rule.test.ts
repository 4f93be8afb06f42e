import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../../src/data/statuses';
import { monthsBefore, statusByRule } from '../../../src/lib/status-rule';

const ON = '2026-12-02';

describe('the status rule', () => {
  it('is active with a stable release in 12 months and commits in 3', () => {
    expect(statusByRule({ lastStableRelease: '2026-01-10', lastCommit: '2026-11-30' }, ON)).toBe('active');
  });

  it('is at most maintenance without a stable release in 12 months, even with commits and a release candidate (the TensorFlow.js case)', () => {
    expect(
      statusByRule(
        { lastStableRelease: '2024-10-21', lastPreRelease: '2025-01-15', lastCommit: '2025-07-01' },
        ON,
      ),
    ).toBe('maintenance-only');
  });

  it('is maintenance-only with a recent release but no commit in 3 months', () => {
    expect(statusByRule({ lastStableRelease: '2026-06-01', lastCommit: '2026-07-01' }, ON)).toBe(
      'maintenance-only',
    );
  });

  it("takes the maintainers' word over activity", () => {
    expect(
      statusByRule(
        { lastStableRelease: '2026-11-01', lastCommit: '2026-12-01', maintenanceAnnounced: true },
        ON,
      ),
    ).toBe('maintenance-only');
  });

  it('is discontinued after 24 months without a release or a commit, or when the end is announced', () => {
    expect(statusByRule({ lastStableRelease: '2022-01-05', lastCommit: '2023-10-01' }, ON)).toBe(
      'discontinued',
    );
    expect(statusByRule({ lastStableRelease: '2022-01-05', lastCommit: '2025-01-01' }, ON)).toBe(
      'maintenance-only',
    );
    expect(
      statusByRule({ lastStableRelease: '2026-11-01', lastCommit: '2026-12-01', endAnnounced: true }, ON),
    ).toBe('discontinued');
  });

  it('is archived when the repository is read-only, and superseded when a successor is named (which wins)', () => {
    expect(statusByRule({ lastStableRelease: '2020-07-27', archivedOrRetired: true }, ON)).toBe('archived');
    expect(statusByRule({ archivedOrRetired: true, endAnnounced: true, successorNamed: true }, ON)).toBe(
      'superseded',
    );
  });

  it('is written down in docs/status-rule.md in the same words as src/data/statuses.ts', () => {
    const doc = readFileSync('docs/status-rule.md', 'utf8').replace(/\s+/g, ' ');
    for (const s of Object.values(STATUSES)) {
      expect(doc).toContain(s.label);
      for (const term of s.terms) expect(doc, term).toContain(term);
    }
  });
});

describe('calendar months', () => {
  it('counts back whole months, clamping to the end of shorter months', () => {
    expect(monthsBefore('2026-12-02', 12)).toBe('2025-12-02');
    expect(monthsBefore('2026-12-02', 3)).toBe('2026-09-02');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2026-01-15', 24)).toBe('2024-01-15');
  });

  it('includes the cutoff day itself', () => {
    expect(statusByRule({ lastStableRelease: '2025-12-02', lastCommit: '2026-09-02' }, ON)).toBe('active');
    expect(statusByRule({ lastStableRelease: '2025-12-01', lastCommit: '2026-09-02' }, ON)).toBe(
      'maintenance-only',
    );
  });
});
