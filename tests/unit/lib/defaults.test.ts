import { describe, expect, it } from 'vitest';
import {
  defaultsTable,
  majorityValue,
  normalizePackage,
  packagesReadFrom,
  pairDefaults,
  parsePins,
  rowDiffers,
  sourceSegments,
  stalePins,
} from '../../../src/lib/defaults';
import type { DefaultCell, DefaultsFile } from '../../../src/schemas/defaults';

const cell = (value: DefaultCell['value'], pkg = 'torch', version = '2.13.0+cpu'): DefaultCell => ({
  value,
  display: String(value),
  source: 'torch.nn.BatchNorm2d(1).eps',
  package: pkg,
  version,
  read: '2026-12-02',
});

const file: DefaultsFile = {
  read: '2026-12-02',
  python: '3.11.7',
  platform: 'Linux x86_64',
  frameworks: {
    pytorch: { packages: { torch: '2.13.0+cpu' } },
    keras: { packages: { keras: '3.15.1' } },
    jax: { packages: { jax: '0.10.2' } },
  },
  rows: [
    {
      id: 'batchnorm-epsilon',
      title: 'BatchNorm epsilon',
      convention: 'Added to the variance.',
      cells: { pytorch: cell(1e-5), keras: cell(0.001, 'keras', '3.15.1') },
    },
    {
      id: 'adam-betas',
      title: 'Adam betas',
      convention: 'β1, β2 of the moments.',
      cells: {
        pytorch: cell('0.9, 0.999'),
        keras: cell('0.9, 0.999', 'keras', '3.15.1'),
        jax: cell('0.9, 0.999', 'jax', '0.10.2'),
      },
    },
    {
      id: 'gelu-approximation',
      title: 'GELU',
      convention: 'Exact or tanh.',
      cells: { pytorch: cell('exact'), jax: cell('tanh', 'jax', '0.10.2') },
    },
  ],
};

describe('defaults shaping', () => {
  it('normalises package names the way pip does', () => {
    expect(normalizePackage('tensorflow_cpu')).toBe('tensorflow-cpu');
    expect(normalizePackage('Typing.Extensions')).toBe('typing-extensions');
  });

  it('reads pins and ignores comments and unpinned lines', () => {
    const pins = parsePins('# pinned\ntorch==2.13.0+cpu\ntensorflow_cpu==2.21.0  # cpu\nnumpy>=2\n');
    expect([...pins]).toEqual([
      ['torch', '2.13.0+cpu'],
      ['tensorflow-cpu', '2.21.0'],
    ]);
  });

  it('reports a version that differs from its pin, and a package that is not pinned', () => {
    const pins = parsePins('torch==2.14.0\nkeras==3.15.1\n');
    expect(stalePins(file, () => pins)).toEqual([
      { framework: 'pytorch', package: 'torch', recorded: '2.13.0+cpu', pinned: '2.14.0' },
      { framework: 'jax', package: 'jax', recorded: '0.10.2', pinned: undefined },
    ]);
    const all = parsePins('torch==2.13.0+cpu\nkeras==3.15.1\njax==0.10.2');
    expect(stalePins(file, () => all)).toEqual([]);
  });

  it('looks each framework up in its own environment', () => {
    const shared = parsePins('torch==2.13.0+cpu\nkeras==3.15.1\n');
    const own = parsePins('jax==0.10.2\n');
    expect(stalePins(file, (fw) => (fw === 'jax' ? own : shared))).toEqual([]);
    expect(stalePins(file, (fw) => (fw === 'jax' ? shared : own))).toEqual([
      { framework: 'pytorch', package: 'torch', recorded: '2.13.0+cpu', pinned: undefined },
      { framework: 'keras', package: 'keras', recorded: '3.15.1', pinned: undefined },
      { framework: 'jax', package: 'jax', recorded: '0.10.2', pinned: undefined },
    ]);
  });

  it('keeps only the rows where values differ for the table', () => {
    const t = defaultsTable(file, new Map([['pytorch', 'PyTorch']]));
    expect(t.columns).toEqual([
      { id: 'pytorch', name: 'PyTorch' },
      { id: 'keras', name: 'keras' },
      { id: 'jax', name: 'jax' },
    ]);
    expect(t.rows.map((r) => r.id)).toEqual(['batchnorm-epsilon', 'gelu-approximation']);
    expect(t.agreeing.map((r) => r.id)).toEqual(['adam-betas']);
  });

  it('compares values exactly, with types (0 and false are different values)', () => {
    const row = { ...file.rows[0], cells: { a: cell(0), b: cell(false) } };
    expect(rowDiffers(row)).toBe(true);
    expect(rowDiffers(file.rows[2], ['pytorch'])).toBe(false);
  });

  it('lists a pair’s differing rows, only where both sides have a value', () => {
    const p = pairDefaults(file, 'pytorch', 'jax');
    expect(p.state).toBe('differ');
    if (p.state !== 'differ') return;
    expect(p.differences.map((d) => [d.row.id, d.a.value, d.b.value])).toEqual([
      ['gelu-approximation', 'exact', 'tanh'],
    ]);
    expect(p.compared).toBe(2);
  });

  it('says when a pair agrees on every shared row, or when one side has no data', () => {
    expect(pairDefaults(file, 'keras', 'jax')).toEqual({ state: 'agree', compared: 1 });
    expect(pairDefaults(file, 'pytorch', 'burn')).toEqual({ state: 'no-data', missing: ['burn'] });
    expect(pairDefaults({ ...file, rows: [file.rows[0]] }, 'keras', 'jax')).toEqual({
      state: 'no-data',
      missing: [],
    });
  });

  it('lists each package the values were read from once, sorted', () => {
    expect(packagesReadFrom(file)).toEqual(['jax 0.10.2', 'keras 3.15.1', 'torch 2.13.0+cpu']);
  });

  it('finds the value most frameworks share, and none on a tie', () => {
    const row = { ...file.rows[0], cells: { a: cell(1e-5), b: cell(1e-5), c: cell(0.001) } };
    expect(majorityValue(row)).toBe(1e-5);
    expect(majorityValue(file.rows[2])).toBeUndefined();
  });

  it('cuts a source between names so it wraps there', () => {
    expect(sourceSegments('torch.nn.Linear(256, 1024).bias')).toEqual([
      'torch.',
      'nn.',
      'Linear(',
      '256,',
      ' 1024).',
      'bias',
    ]);
    expect(sourceSegments('measured w = 0.9900 after one step')).toEqual([
      'measured w = 0.9900 after one step',
    ]);
  });
});
