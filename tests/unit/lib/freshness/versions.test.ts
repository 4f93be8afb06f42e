import { describe, expect, it } from 'vitest';
import {
  compareVersions,
  parsePep440,
  parseSemver,
  sameVersion,
} from '../../../../src/lib/freshness/versions';

describe('versions', () => {
  it('reads PEP 440 pre-releases, dev releases and post-releases', () => {
    expect(parsePep440('2.9.0rc2')?.pre).toBe('rc2');
    expect(parsePep440('1.0.0a1')?.pre).toBe('a1');
    expect(parsePep440('0.5.dev3')?.pre).toBe('dev3');
    expect(parsePep440('2.7.post2')).toMatchObject({ release: [2, 7], post: 3 });
    expect(parsePep440('0.12.0.1')).toMatchObject({ release: [0, 12, 0, 1], pre: undefined, post: 0 });
    expect(parsePep440('not a version')).toBeUndefined();
  });

  it('reads SemVer pre-releases and ignores build metadata', () => {
    expect(parseSemver('4.23.0-rc.0')?.pre).toBe('rc.0');
    expect(parseSemver('1.31.0-dev.20260914-8d85527a0')?.pre).toBe('dev.20260914-8d85527a0');
    expect(parseSemver('1.2.3+build.5')).toMatchObject({ release: [1, 2, 3], pre: undefined });
    expect(parseSemver('1.2')).toBeUndefined();
  });

  it('orders numerically, stable after its pre-releases, post-releases after the release', () => {
    expect(compareVersions('1.30.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareVersions('2.9.0', '2.9.0rc2')).toBeGreaterThan(0);
    expect(compareVersions('2.7.post2', '2.7')).toBeGreaterThan(0);
    expect(compareVersions('0.12.0.1', '0.12.0')).toBeGreaterThan(0);
    expect(compareVersions('1!0.1', '9.0')).toBeGreaterThan(0);
  });

  it('treats v-prefixes and missing zero segments as the same version', () => {
    expect(sameVersion('v2.9.1', '2.9.1')).toBe(true);
    expect(sameVersion('2.10', '2.10.0')).toBe(true);
    expect(sameVersion('2.10', '2.1')).toBe(false);
    expect(sameVersion('scm-1', 'scm-1')).toBe(true);
  });
});
