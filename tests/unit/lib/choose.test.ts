import { describe, expect, it } from 'vitest';
import { misses, noNeeds, parseNeeds, serializeNeeds, type Offer } from '../../../src/lib/choose';

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
});
