import { describe, expect, it } from 'vitest';
import { buildToc } from '../../../src/lib/toc';

describe('buildToc', () => {
  it('nests h3 under h2 and drops h1 and h4', () => {
    const toc = buildToc([
      { depth: 1, slug: 't', text: 'Title' },
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'a1x', text: 'deep' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(toc.map((i) => [i.slug, i.children.map((c) => c.slug)])).toEqual([
      ['a', ['a1']],
      ['b', []],
    ]);
  });
  it('keeps an h3 that comes before any h2', () => {
    expect(buildToc([{ depth: 3, slug: 'x', text: 'X' }]).map((i) => i.slug)).toEqual(['x']);
  });
});
