import { describe, expect, it } from 'vitest';
import { cpuSlowdownFor } from '../../../scripts/lib/cpu-slowdown.mjs';

describe('cpuSlowdownFor (Lighthouse docs/throttling.md calibration table)', () => {
  it('keeps the default 4x on a high-end desktop', () => {
    expect(cpuSlowdownFor(1500)).toBe(4);
    expect(cpuSlowdownFor(2400)).toBe(4);
  });
  it('uses 2x on a low-end desktop or a high-end phone', () => {
    expect(cpuSlowdownFor(1499)).toBe(2);
    expect(cpuSlowdownFor(1150)).toBe(2);
    expect(cpuSlowdownFor(800)).toBe(2);
  });
  it('uses 1x on a host that is itself a mid-tier phone', () => {
    expect(cpuSlowdownFor(799)).toBe(1);
    expect(cpuSlowdownFor(300)).toBe(1);
  });
  it('refuses a missing or nonsensical index', () => {
    expect(() => cpuSlowdownFor(Number.NaN)).toThrow(/benchmarkIndex/);
    expect(() => cpuSlowdownFor(0)).toThrow(/benchmarkIndex/);
  });
});
