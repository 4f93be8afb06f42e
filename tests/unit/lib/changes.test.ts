import { describe, expect, it } from 'vitest';
import { byDayAndFramework, changesOf, feedItems, newestFirst, withIds } from '../../../src/lib/changes';
import type { Change } from '../../../src/schemas/changes';

const change = (date: string, framework: string, field: string): Change => ({
  date,
  framework,
  field,
  old: 'a',
  new: 'b',
  reason: 'Because.',
  sources: [{ title: 'T', url: 'https://example.org/' }],
});
const log = withIds([
  change('2026-11-01', 'jax', 'latestRelease'),
  change('2026-12-02', 'jax', 'hardware.tpu'),
  change('2026-12-02', 'burn', 'status'),
  change('2026-12-02', 'jax', 'hardware.tpu'),
]);

describe('change log', () => {
  it('gives each change a fragment id, numbering repeats', () => {
    expect(log.map((c) => c.id)).toEqual([
      '2026-11-01-jax-latestrelease',
      '2026-12-02-jax-hardware-tpu',
      '2026-12-02-burn-status',
      '2026-12-02-jax-hardware-tpu-2',
    ]);
  });

  it('orders newest first, later log entries first within a day', () => {
    expect(newestFirst(log).map((c) => c.id)[0]).toBe('2026-12-02-jax-hardware-tpu-2');
    expect(changesOf('jax', log).map((c) => c.date)).toEqual(['2026-12-02', '2026-12-02', '2026-11-01']);
  });

  it('groups /changes/ by day (newest first) and framework name', () => {
    const names = new Map([
      ['jax', 'JAX'],
      ['burn', 'Burn'],
    ]);
    const days = byDayAndFramework(log, names);
    expect(days.map((d) => d.date)).toEqual(['2026-12-02', '2026-11-01']);
    expect(days[0].frameworks.map((f) => [f.name, f.changes.length])).toEqual([
      ['Burn', 1],
      ['JAX', 2],
    ]);
  });

  it('makes feed items that link to each entry under the base path', () => {
    const [first] = feedItems(log, new Map([['jax', 'JAX']]), '/atlas/');
    expect(first).toMatchObject({
      title: 'JAX: hardware.tpu changed from a to b',
      link: '/atlas/changes/#2026-12-02-jax-hardware-tpu-2',
      pubDate: new Date('2026-12-02T00:00:00Z'),
    });
    expect(first.description).toBe('Because. Sources: T (https://example.org/).');
  });
});
