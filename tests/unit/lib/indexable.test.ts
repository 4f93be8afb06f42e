import { describe, expect, it } from 'vitest';
import { isIndexable } from '../../../src/lib/indexable';

describe('isIndexable', () => {
  it('keeps content pages and canonical pairs, drops 404, search and reversed pairs', () => {
    expect(isIndexable('/frameworks/jax/')).toBe(true);
    expect(isIndexable('/compare/jax-vs-pytorch/')).toBe(true);
    expect(isIndexable('/compare/pytorch-vs-jax/')).toBe(false);
    expect(isIndexable('/compare/onnx-runtime-vs-pytorch-lightning/')).toBe(true);
    expect(isIndexable('/search/')).toBe(false);
    expect(isIndexable('/404.html')).toBe(false);
    expect(isIndexable('/base/404/')).toBe(false);
  });
});
