import { describe, expect, it } from 'vitest';
import { makeFramework } from '../../helpers/factory';
import { eventFact, releaseFact, sourceHost, statusFact, supportFact } from '../../../src/lib/guide-facts';

const f = makeFramework('alpha').data;

describe('releaseFact', () => {
  it('renders the latest release with its date and cites its sources', () => {
    const fact = releaseFact(f, 'latest');
    expect(fact.text).toBe('2.1.0 (1 October 2026)');
    expect(fact.sources.map((s) => s.id)).toEqual(['release-notes']);
  });

  it('renders parts of the first release', () => {
    expect(releaseFact(f, 'first', 'version').text).toBe('0.1.0');
    expect(releaseFact(f, 'first', 'date').text).toBe('September 2016');
    expect(releaseFact(f, 'first', 'year').text).toBe('2016');
  });

  it('refuses a version the data does not have', () => {
    const g = makeFramework('beta', { firstRelease: { date: '2016', sources: ['release-notes'] } }).data;
    expect(() => releaseFact(g, 'first', 'version')).toThrow(/has no version\. Use part="date"/);
  });

  it('follows the data: a new latest release changes the text', () => {
    const g = makeFramework('gamma', {
      latestRelease: { version: '3.0.0', date: '2026-11-30', sources: ['release-notes'] },
    }).data;
    expect(releaseFact(g, 'latest').text).toBe('3.0.0 (30 November 2026)');
  });
});

describe('supportFact', () => {
  it('renders value, note and sources of a hardware cell', () => {
    const fact = supportFact(f, 'hardware', 'rocm');
    expect(fact.text).toBe('Partial. Linux only, through a separate build');
    expect(fact.sources.map((s) => s.id)).toEqual(['install-docs']);
  });

  it('leaves the note out on request and reads single cells', () => {
    expect(supportFact(f, 'hardware', 'rocm', false).text).toBe('Partial');
    expect(supportFact(f, 'hardware', 'tpu').sources).toEqual([]);
    expect(supportFact(f, 'distributed').text).toMatch(/^(Yes|Partial|No|Unknown|Not applicable)/);
  });

  it('says when support ended', () => {
    const g = makeFramework('delta', {
      hardware: { ...f.hardware, metal: { value: 'no', until: '2026-01', sources: ['install-docs'] } },
    }).data;
    expect(supportFact(g, 'hardware', 'metal').text).toBe('No, support ended 2026-01');
  });

  it('names the known targets when one is wrong', () => {
    expect(() => supportFact(f, 'hardware', 'quantum')).toThrow(/Use one of cpu, cuda, rocm/);
  });
});

describe('statusFact and eventFact', () => {
  it('renders a status with its date and successor', () => {
    const g = makeFramework('old', {
      status: { value: 'superseded', since: '2017-09-28', successor: 'alpha', sources: ['repo-readme'] },
    }).data;
    expect(statusFact(g)).toMatchObject({ text: 'Superseded since 28 September 2017', successor: 'alpha' });
  });

  it('finds one history entry by version or title words', () => {
    expect(eventFact(f, { version: '0.1.0' }).text).toBe('September 2016');
    expect(eventFact(f, { title: 'first public' }).date).toBe('2016-09');
  });

  it('refuses an ambiguous or missing match and lists the entries', () => {
    expect(() => eventFact(f, { title: 'nothing like it' })).toThrow(
      /0 history entries match.*First public release/,
    );
    expect(() => eventFact(f, {})).toThrow(/give version or title/);
  });
});

it('sourceHost drops www.', () => {
  expect(sourceHost('https://www.tensorflow.org/install')).toBe('tensorflow.org');
});
