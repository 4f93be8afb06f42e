import { describe, expect, it } from 'vitest';
import { byYear, lifespans, timelineEvents, yearFraction } from '../../../src/lib/timeline';
import { makeFramework } from '../../helpers/factory';

const theano = makeFramework('theano', {
  name: 'Theano',
  firstRelease: { date: '2009-04', sources: ['release-notes'] },
  status: { value: 'superseded', since: '2017-09-28', successor: 'pytensor', sources: ['repo-readme'] },
  history: [
    { date: '2009-04', title: 'First release', sources: ['release-notes'] },
    { date: '2017-11-15', title: '1.0', version: '1.0.0', sources: ['release-notes'] },
  ],
});
const jax = makeFramework('jax', {
  name: 'JAX',
  firstRelease: { date: '2018-12', sources: ['release-notes'] },
  history: [{ date: '2018-12', title: 'First release', sources: ['repo-readme'] }],
});

describe('timeline', () => {
  it('merges history with status changes, in date order, each with a source', () => {
    const events = timelineEvents([jax, theano]);
    expect(events.map((e) => [e.date, e.type, e.framework.id])).toEqual([
      ['2009-04', 'first-release', 'theano'],
      ['2017-09-28', 'status', 'theano'],
      ['2017-11-15', 'landmark', 'theano'],
      ['2018-12', 'first-release', 'jax'],
    ]);
    expect(events.every((e) => e.source.url.startsWith('https://'))).toBe(true);
    expect(events[3].source.url).toContain('README');
  });

  it('does not repeat a status change the history already dates', () => {
    const withEnd = makeFramework('x', {
      status: { value: 'discontinued', since: '2020', sources: ['repo-readme'] },
      history: [{ date: '2020', title: 'Last release and end of development', sources: ['repo-readme'] }],
    });
    expect(timelineEvents([withEnd]).filter((e) => e.date === '2020')).toHaveLength(1);
  });

  it('groups by year', () => {
    expect(byYear(timelineEvents([jax, theano])).map((g) => [g.year, g.events.length])).toEqual([
      ['2009', 1],
      ['2017', 2],
      ['2018', 1],
    ]);
  });

  it('draws spans to the end of development, or to today', () => {
    const spans = lifespans([jax, theano], '2026-11-22');
    expect(spans.map((s) => s.id)).toEqual(['theano', 'jax']);
    expect(spans[0].end).toBeCloseTo(yearFraction('2017-09-28'));
    expect(spans[1].ongoing).toBe(true);
    expect(spans[1].end).toBeCloseTo(yearFraction('2026-11-22'));
  });
});
