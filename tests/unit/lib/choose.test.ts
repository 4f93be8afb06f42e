import { describe, expect, it } from 'vitest';
import {
  assess,
  misses,
  noNeeds,
  parseNeeds,
  rankOrder,
  serializeNeeds,
  type Offer,
} from '../../../src/lib/choose';

const offer: Offer = {
  lang: ['python', 'cpp'],
  hw: ['cpu', 'cuda'],
  deploy: ['server', 'mobile'],
  licence: 'permissive',
  status: 'active',
  research: 'strong',
  production: 'moderate',
  learning: 'steep',
};
const allowed = {
  lang: new Set(['python', 'rust', 'javascript']),
  hw: new Set(['cpu', 'cuda', 'tpu']),
  deploy: new Set(['server', 'mobile', 'browser']),
  licence: new Set(['permissive']),
  maturity: new Set(['active', 'maintained']),
  purpose: new Set(['research', 'production', 'learning', 'on-device']),
};

describe('guided choice', () => {
  it('fits when nothing is asked', () => expect(misses(offer, noNeeds())).toEqual([]));

  it('names every need that excludes a framework', () => {
    const needs = {
      ...noNeeds(),
      lang: ['rust'],
      hw: ['cuda', 'tpu'],
      deploy: ['browser'],
      purpose: ['learning', 'research'],
    };
    expect(misses(offer, needs)).toEqual([
      { need: 'lang', value: 'rust' },
      { need: 'hw', value: 'tpu' },
      { need: 'deploy', value: 'browser' },
      { need: 'purpose', value: 'learning' },
    ]);
  });

  it('accepts any of several languages but needs all hardware', () => {
    expect(misses(offer, { ...noNeeds(), lang: ['rust', 'python'] })).toEqual([]);
    expect(misses(offer, { ...noNeeds(), hw: ['cpu', 'cuda'] })).toEqual([]);
  });

  it('reads maturity and on-device use', () => {
    expect(
      misses({ ...offer, status: 'maintenance-only' }, { ...noNeeds(), maturity: 'active' }),
    ).toHaveLength(1);
    expect(
      misses({ ...offer, status: 'maintenance-only' }, { ...noNeeds(), maturity: 'maintained' }),
    ).toEqual([]);
    expect(misses({ ...offer, status: 'archived' }, { ...noNeeds(), maturity: 'maintained' })).toHaveLength(
      1,
    );
    expect(misses(offer, { ...noNeeds(), purpose: ['on-device'] })).toEqual([]);
    expect(misses({ ...offer, deploy: ['server'] }, { ...noNeeds(), purpose: ['on-device'] })).toEqual([
      { need: 'purpose', value: 'on-device' },
    ]);
  });

  it('round-trips needs through the URL and ignores junk', () => {
    const needs = {
      ...noNeeds(),
      lang: ['python'],
      hw: ['cuda'],
      licence: 'permissive',
      maturity: 'active',
      purpose: ['production'],
    };
    expect(parseNeeds(serializeNeeds(needs), allowed)).toEqual(needs);
    expect(parseNeeds('?lang=%3Cscript%3E&hw=cuda,cuda,warp&maturity=ancient&x=1', allowed)).toEqual({
      ...noNeeds(),
      hw: ['cuda'],
    });
    expect(serializeNeeds(noNeeds())).toBe('');
  });

  it('tells full, partial, unknown and real "no" apart', () => {
    const o: Offer = { ...offer, hw: ['cpu', 'rocm'], partial: ['hw:rocm'], unknown: ['hw:tpu'] };
    expect(assess(o, { ...noNeeds(), hw: ['cpu'] }).fit).toBe('full');
    expect(assess(o, { ...noNeeds(), hw: ['rocm'] })).toMatchObject({
      fit: 'partial',
      partial: [{ need: 'hw', value: 'rocm' }],
    });
    // Unknown is not "no": it excludes nothing, and is reported apart.
    expect(misses(o, { ...noNeeds(), hw: ['tpu'] })).toEqual([]);
    expect(assess(o, { ...noNeeds(), hw: ['tpu', 'rocm'] }).fit).toBe('unknown');
    expect(assess(o, { ...noNeeds(), hw: ['tpu', 'metal'] })).toMatchObject({
      fit: 'no',
      misses: [{ need: 'hw', value: 'metal' }],
    });
  });

  it('ranks by fit, then kind, then active first, keeping name order within', () => {
    const item = (name: string, o: Partial<Offer>, hw: string[]) => {
      const full = { ...offer, ...o };
      return { name, offer: full, assessment: assess(full, { ...noNeeds(), hw }) };
    };
    const kinds = ['full-framework', 'inference-runtime'];
    const ranked = rankOrder(
      [
        item('Archived framework', { kind: 'full-framework', status: 'archived' }, ['cpu']),
        item('Runtime', { kind: 'inference-runtime' }, ['cpu']),
        item('Partial', { kind: 'full-framework', hw: ['cpu', 'cuda'], partial: ['hw:cuda'] }, ['cuda']),
        item('No', { kind: 'full-framework' }, ['tpu']),
        item('Active framework', { kind: 'full-framework' }, ['cpu']),
        item('Unknown', { kind: 'full-framework', unknown: ['hw:tpu'] }, ['tpu']),
      ],
      kinds,
    );
    expect(ranked.map((r) => r.name)).toEqual([
      'Active framework',
      'Archived framework',
      'Runtime',
      'Partial',
      'Unknown',
      'No',
    ]);
  });
});
