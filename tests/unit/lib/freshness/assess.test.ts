import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  assessProfile,
  exitCode,
  judgePackage,
  packagesOf,
  type PackageLookup,
} from '../../../../src/lib/freshness/assess';
import { daysBetween, verificationAge } from '../../../../src/lib/freshness/age';
import { newestStable, type RegistryName } from '../../../../src/lib/freshness/registries';
import { formatMarkdown, formatTable, summary } from '../../../../src/lib/freshness/report';

const TODAY = '2026-12-02';
const lookupOf = (registry: RegistryName, name: string, file: string): PackageLookup => ({
  registry,
  package: name,
  release: newestStable(registry, name, JSON.parse(readFileSync(`tests/fixtures/registry/${file}`, 'utf8'))),
});
const pytensor = lookupOf('pypi', 'pytensor', 'pypi/pytensor.json');
const torch = lookupOf('pypi', 'torch', 'pypi/torch.json');
const profile = (version: string, date: string, lastVerified = '2026-11-22') => ({
  id: 'x',
  name: 'X',
  latestRelease: { version, date },
  lastVerified,
  packages: { pypi: ['x'] },
});

describe('judging one package', () => {
  it('calls the profile stale when the registry has a newer release (the PyTensor case of issue 12)', () => {
    expect(judgePackage({ version: '3.3.7', date: '2026' }, pytensor)).toMatchObject({
      verdict: 'newer-release',
      detail: "3.3.8 (2026-11-07) is newer than the profile's 3.3.7",
    });
  });

  it('accepts the same version and date, and a date within two days', () => {
    expect(judgePackage({ version: '2.15.0', date: '2026-10-28' }, torch).verdict).toBe('ok');
    expect(judgePackage({ version: '2.15.0', date: '2026-10-26' }, torch).verdict).toBe('ok');
  });

  it('accepts an upload up to 14 days after the release, not before it and not later', () => {
    expect(judgePackage({ version: '3.3.8', date: '2026-10-30' }, pytensor).verdict).toBe('ok-upload-later');
    expect(judgePackage({ version: '3.3.8', date: '2026-10-20' }, pytensor).verdict).toBe('date-differs');
    expect(judgePackage({ version: '3.3.8', date: '2026-11-12' }, pytensor)).toMatchObject({
      verdict: 'date-differs',
      detail: "uploaded 2026-11-07, 5 days before the profile's 2026-11-12",
    });
  });

  it('accepts a less exact date that agrees, and rejects one that does not', () => {
    expect(judgePackage({ version: '3.3.8', date: '2026-11' }, pytensor).verdict).toBe('ok-date-less-exact');
    expect(judgePackage({ version: '3.3.8', date: '2025' }, pytensor).verdict).toBe('date-differs');
  });

  it('flags a profile version the registry does not have as its newest', () => {
    expect(judgePackage({ version: '2.16.0', date: '2026-11-20' }, torch).verdict).toBe('version-differs');
  });

  it('reads a post-release as the same release (CNTK 2.7 and 2.7.post2)', () => {
    const cntk = lookupOf('pypi', 'cntk', 'pypi/cntk.json');
    expect(judgePackage({ version: '2.7', date: '2019-03-29' }, cntk).verdict).toBe('ok-date-not-compared');
  });

  it('does not compare dates the registry response cannot vouch for', () => {
    const tfjs = lookupOf('npm', '@tensorflow/tfjs', 'npm/tfjs.json');
    expect(judgePackage({ version: '4.22.0', date: '2024-10-21' }, tfjs).verdict).toBe(
      'ok-date-not-compared',
    );
  });

  it('accepts a difference the profile explains only while the registry still shows that version', () => {
    const known = [{ package: 'pytensor', version: '3.3.8', reason: 'the profile explains it' }];
    expect(judgePackage({ version: '3.4.0', date: '2026' }, pytensor, known)).toMatchObject({
      verdict: 'ok-known-difference',
    });
    const moved = [{ package: 'pytensor', version: '3.3.7', reason: 'an older upload' }];
    expect(judgePackage({ version: '3.4.0', date: '2026' }, pytensor, moved).verdict).toBe('version-differs');
    expect(judgePackage({ version: '3.3.8', date: '2026-11-07' }, pytensor, known).verdict).toBe('ok');
  });

  it('reports lookups that failed or found nothing', () => {
    expect(
      judgePackage({ version: '1', date: '2026' }, { registry: 'pypi', package: 'x', error: '404' }).verdict,
    ).toBe('lookup-failed');
    expect(judgePackage({ version: '1', date: '2026' }, { registry: 'pypi', package: 'x' }).verdict).toBe(
      'no-stable-release',
    );
  });
});

describe('judging a profile', () => {
  it('is fresh when every package agrees and it was verified within 90 days', () => {
    const row = assessProfile(profile('2.15.0', '2026-10-28'), [torch], TODAY);
    expect(row).toMatchObject({
      stale: false,
      incomplete: false,
      verifiedDaysAgo: 10,
      verificationOld: false,
    });
    expect(exitCode([row])).toBe(0);
  });

  it('is stale when lastVerified is older than 90 days, even if the release agrees', () => {
    const row = assessProfile(profile('2.15.0', '2026-10-28', '2026-09-02'), [torch], TODAY);
    expect(row).toMatchObject({ stale: true, verifiedDaysAgo: 91, verificationOld: true });
    expect(assessProfile(profile('2.15.0', '2026-10-28', '2026-09-03'), [torch], TODAY).stale).toBe(false);
  });

  it('exits 1 when something is stale, 2 when something could not be checked', () => {
    const stale = assessProfile(profile('3.3.7', '2026'), [pytensor], TODAY);
    const failed = assessProfile(
      profile('1.0', '2026'),
      [{ registry: 'npm', package: 'x', error: 'timeout' }],
      TODAY,
    );
    expect(exitCode([stale, failed])).toBe(1);
    expect(exitCode([failed])).toBe(2);
  });

  it('lists PyPI packages before npm ones', () => {
    expect(packagesOf({ npm: ['b'], pypi: ['a'] })).toEqual([
      { registry: 'pypi', package: 'a' },
      { registry: 'npm', package: 'b' },
    ]);
    expect(packagesOf({ none: 'crates.io only' })).toEqual([]);
  });
});

describe('the report', () => {
  const rows = [
    assessProfile(profile('3.3.7', '2026'), [pytensor], TODAY),
    assessProfile({ ...profile('2.15.0', '2026-10-28'), id: 'torch' }, [torch], TODAY),
    assessProfile(
      { ...profile('0.22.1', '2026-10-20'), id: 'burn', packages: { none: 'Rust crates.' } },
      [],
      TODAY,
    ),
  ];

  it('prints one aligned row per package, and profiles without packages with the reason', () => {
    const lines = formatTable(rows).split('\n');
    expect(lines[0]).toMatch(/^framework\s+profile\s+package/);
    expect(lines).toHaveLength(5);
    expect(lines[2]).toContain('STALE: newer release');
    expect(lines[4]).toContain('Rust crates.');
  });

  it('counts what is stale', () => {
    expect(summary(rows, TODAY)).toContain('1 stale (x)');
  });

  it('puts only the rows that need a look into the Markdown for the issue', () => {
    const md = formatMarkdown(rows, TODAY);
    expect(md).toContain('| x | 3.3.7 (2026) | pypi:pytensor |');
    expect(md).not.toContain('| torch |');
    expect(formatMarkdown([rows[1]], TODAY)).toContain('Everything is fresh.');
  });
});

describe('verification age', () => {
  it('counts days from partial dates by their first day and notices after 120 days', () => {
    expect(daysBetween('2026-11', '2026-12-02')).toBe(31);
    expect(verificationAge('2026-08-04', TODAY)).toEqual({ days: 120, notice: false });
    expect(verificationAge('2026-08-03', TODAY)).toEqual({ days: 121, notice: true });
  });
});
