import { describe, expect, it } from 'vitest';
import {
  parseAccel,
  parseState,
  resolve,
  serializeState,
  type LineFacts,
} from '../../../../src/lib/compat/resolve';
import { compareVersions } from '../../../../src/lib/compat/versions';
import { pythonRange, toReleaseCycles } from '../../../../src/lib/compat/facts';

const line = (version: string, over: Partial<LineFacts> = {}): LineFacts => ({
  version,
  released: '2025-01-01',
  latest: `${version}.0`,
  latestDate: '2025-01-01',
  python: ['3.11', '3.12'],
  platforms: ['linux-x86_64', 'windows-x86_64', 'macos-arm64'],
  accelerators: [
    {
      kind: 'cpu',
      status: 'stable',
      versions: [],
      platforms: ['linux-x86_64', 'windows-x86_64', 'macos-arm64'],
    },
  ],
  install: [{ os: 'linux', manager: 'pip', accelerator: 'cpu', command: `pip install x==${version}.0` }],
  ...over,
});

const cuda = (versions: string[], platforms = ['linux-x86_64', 'windows-x86_64'], status = 'stable') => ({
  kind: 'cuda',
  status,
  versions,
  platforms,
});

describe('compareVersions', () => {
  it('orders numerically', () => {
    expect(compareVersions('2.10', '2.9')).toBeGreaterThan(0);
    expect(compareVersions('0.4', '0.12')).toBeLessThan(0);
    expect(compareVersions('2.0.9.post1', '2.0.9')).toBeGreaterThan(0);
  });
});

describe('resolve', () => {
  const lines = [
    line('2.9', { python: ['3.10', '3.11', '3.12', '3.13'], accelerators: [cuda(['12.6', '13.0'])] }),
    line('2.10', {
      python: ['3.12', '3.13'],
      accelerators: [cuda(['13.0'])],
      install: [
        {
          os: 'windows',
          manager: 'pip',
          accelerator: 'cuda',
          accelVersion: '13.0',
          command: 'pip install x==2.10.0',
        },
      ],
    }),
  ];

  it('picks the newest line that has every asked thing', () => {
    const a = resolve(lines, {
      python: '3.12',
      platform: 'windows-x86_64',
      accel: { kind: 'cuda', major: '12' },
    });
    expect(a.ok && a.line.version).toBe('2.9');
    const b = resolve(lines, {
      python: '3.12',
      platform: 'windows-x86_64',
      accel: { kind: 'cuda', major: '13' },
    });
    expect(b.ok && b.line.version).toBe('2.10');
    expect(b.ok && b.commands.map((c) => c.command)).toEqual(['pip install x==2.10.0']);
  });

  it('says per criterion which lines would have it when none has all', () => {
    const a = resolve(lines, { python: '3.9', accel: { kind: 'cuda', major: '11' } });
    expect(a.ok).toBe(false);
    if (!a.ok) {
      expect(a.reasons).toContain('Python 3.9: no release line since 2023.');
      expect(a.reasons).toContain('CUDA 11.x: no release line since 2023.');
    }
    const b = resolve(lines, {
      python: '3.13',
      platform: 'macos-arm64',
      accel: { kind: 'cuda', major: '13' },
    });
    expect(!b.ok && b.reasons).toEqual(['CUDA 13.x on macos-arm64: no release line since 2023.']);
    const split = [
      line('1.1', { python: ['3.12'], accelerators: [cuda(['13.0'])] }),
      line('1.0', { python: ['3.10'], accelerators: [cuda(['12.6'])] }),
    ];
    const c = resolve(split, { python: '3.10', accel: { kind: 'cuda', major: '13' } });
    expect(!c.ok && c.reasons).toEqual(['Python 3.10: only in 1.0.', 'CUDA 13.x: only in 1.1.']);
  });

  it('does not count an accelerator listed for another platform', () => {
    const a = resolve([line('1.0', { accelerators: [cuda(['12.6'], ['linux-x86_64'])] })], {
      platform: 'windows-x86_64',
      accel: { kind: 'cuda', major: '12' },
    });
    expect(a.ok).toBe(false);
  });

  it('prefers a stable entry over an experimental one', () => {
    const a = resolve(
      [line('1.0', { accelerators: [cuda(['12.6'], ['wsl2'], 'experimental'), cuda(['12.6'])] })],
      {
        accel: { kind: 'cuda', major: '12' },
      },
    );
    expect(a.ok && a.accelerator?.status).toBe('stable');
  });
});

describe('URL state', () => {
  const allowed = {
    frameworks: ['jax', 'pytorch'],
    python: ['3.12'],
    platforms: ['macos-arm64'],
    accels: ['cpu', 'cuda-12'],
  };
  it('round-trips and drops unknown values', () => {
    const s = parseState('?fw=pytorch,nope,jax&py=3.12&on=macos-arm64&acc=cuda-12', allowed);
    expect(s).toEqual({
      frameworks: ['pytorch', 'jax'],
      python: '3.12',
      platform: 'macos-arm64',
      accel: 'cuda-12',
    });
    expect(serializeState(s)).toBe('?fw=pytorch,jax&py=3.12&on=macos-arm64&acc=cuda-12');
    expect(parseState('?py=2.7&acc=cuda-99', allowed)).toEqual({
      frameworks: [],
      python: undefined,
      platform: undefined,
      accel: undefined,
    });
  });
  it('parses accelerator values', () => {
    expect(parseAccel('rocm-6')).toEqual({ kind: 'rocm', major: '6' });
    expect(parseAccel('mps')).toEqual({ kind: 'mps' });
  });
});

describe('shaping', () => {
  it('writes Python ranges', () => {
    expect(pythonRange(['3.10', '3.11', '3.12'])).toBe('3.10–3.12');
    expect(pythonRange(['3.10', '3.12'])).toBe('3.10, 3.12');
  });
  it('shapes release cycles like endoflife.date', () => {
    const cycles = toReleaseCycles({
      framework: 'x',
      package: 'x',
      sources: [],
      lines: [
        {
          version: '1.0',
          released: { value: '2024-01-01', sources: ['s'] },
          latest: { version: '1.0.3', date: '2024-05-01', sources: ['s'] },
          python: { value: ['3.12'], sources: ['s'] },
          platforms: { value: ['linux-x86_64'], sources: ['s'] },
          accelerators: [],
          install: [],
          endOfSupport: { value: 'not-published', sources: ['s'] },
        },
      ],
    });
    expect(cycles).toEqual([
      {
        releaseCycle: '1.0',
        releaseDate: '2024-01-01',
        eol: null,
        latest: '1.0.3',
        latestReleaseDate: '2024-05-01',
      },
    ]);
  });
});
