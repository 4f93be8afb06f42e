import { describe, expect, it } from 'vitest';
import { coverageReport, formatCoverage, unsourcedFacts } from '../../../src/lib/coverage';
import { makeFramework } from '../../helpers/factory';

describe('coverage', () => {
  it('counts unknown cells and missing optional facts per group', () => {
    const [row] = coverageReport([makeFramework('x')]);
    // The template has tpu and intel-gpu unknown, browser and microcontroller unknown.
    expect(row.groups.hardware.unknown).toBe(2);
    expect(row.groups.deployment.unknown).toBe(2);
    expect(row.unknown).toBe(4);
    expect(row.unsourced).toBe(0);
  });

  it('finds a fact that lost its source (if a schema rule were ever loosened)', () => {
    const f = makeFramework('x').data;
    f.licence.sources = [];
    f.hardware.cpu.sources = [];
    expect(unsourcedFacts(f)).toBe(2);
  });

  it('prints a table with totals', () => {
    const text = formatCoverage(coverageReport([makeFramework('a'), makeFramework('b')]));
    expect(text.split('\n')[0]).toMatch(/^framework\s+autodiff\s+hardware/);
    expect(text).toMatch(/TOTAL\s+8\s+0\s+0$/m);
  });
});
