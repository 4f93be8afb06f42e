import { describe, expect, it } from 'vitest';
import { chooserRows, needGroups, offerOf, offerSummary } from '../../../src/lib/choose-offer';
import { columnGroups, filterGroups } from '../../../src/lib/compare/options';
import { COLUMNS } from '../../../src/lib/compare/columns';
import { makeFramework } from '../../helpers/factory';

const a = makeFramework('beta', { name: 'Beta' });
const b = makeFramework('alpha', {
  name: 'Alpha',
  languages: {
    implementation: { value: ['rust'], sources: ['repo-readme'] },
    api: { value: ['rust'], sources: ['repo-readme'] },
  },
});

describe('chooser shaping', () => {
  it('counts yes and partial as support and reads the editorial ratings', () => {
    const o = offerOf(a.data);
    expect(o.hw).toEqual(['cpu', 'cuda', 'rocm']); // template: yes, yes, partial; metal is no
    expect(o.deploy).toEqual(['server', 'native', 'onnx']);
    expect([o.research, o.production, o.learning]).toEqual(['strong', 'moderate', 'gentle']);
  });

  it('summarises exactly the facts the needs look at', () => {
    expect(offerSummary(offerOf(a.data))).toBe(
      'API: Python · Hardware: CPU, NVIDIA CUDA and AMD ROCm · Deploys to: Server, Native, no Python and ONNX export · Licence: permissive · Our ratings: research strong, production moderate, learning curve gentle',
    );
  });

  it('lists frameworks by name and offers only the API languages in use', () => {
    const rows = chooserRows([a, b]);
    expect(rows.map((r) => r.id)).toEqual(['alpha', 'beta']);
    const lang = needGroups(rows.map((r) => r.offer)).find((g) => g.name === 'lang')!;
    expect(lang.options.map((o) => o.value)).toEqual(['python', 'rust']);
    expect(lang.options[1].data).toEqual({ 'data-label': 'an API in Rust' });
  });

  it('gives every radio group a checked "no preference" option', () => {
    const copyleft = { ...offerOf(a.data), licence: 'copyleft' };
    for (const g of needGroups([copyleft]).filter((g) => g.type === 'radio'))
      expect(g.options.filter((o) => o.checked).map((o) => o.value)).toEqual(['']);
  });

  it('asks about the licence only when some framework is not permissive', () => {
    expect(needGroups([offerOf(a.data)]).map((g) => g.name)).not.toContain('licence');
    expect(needGroups([{ ...offerOf(a.data), licence: 'copyleft' }]).map((g) => g.name)).toContain('licence');
  });
});

describe('compare controls', () => {
  it('offer only filter values in use, with their counts', () => {
    const other = makeFramework('other', { kind: 'inference-runtime' });
    const kind = filterGroups([a, b, other]).find((g) => g.name === 'kind')!;
    expect(kind.options).toEqual([
      { value: 'full-framework', label: 'Full framework', note: '2' },
      { value: 'inference-runtime', label: 'Inference runtime', note: '1' },
    ]);
  });

  it('leave out a filter with a single value: it could not narrow anything', () => {
    expect(filterGroups([a, b]).find((g) => g.name === 'kind')).toBeUndefined();
    expect(filterGroups([a, b]).find((g) => g.name === 'licence')).toBeUndefined();
  });

  it('list every column once and mark the default ones', () => {
    const options = columnGroups().flatMap((g) => g.options);
    expect(options.map((o) => o.value)).toEqual(COLUMNS.map((c) => c.id));
    expect(options.filter((o) => o.data).map((o) => o.value)).toEqual(
      COLUMNS.filter((c) => c.visible).map((c) => c.id),
    );
  });
});
