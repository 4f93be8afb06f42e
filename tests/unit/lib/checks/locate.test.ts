import { describe, expect, it } from 'vitest';
import { locateField } from '../../../../src/lib/checks/locate';

const text = `id: alpha
name: Alpha
status:
  value: active
  sources: [readme]
hardware:
  cpu: { value: yes, sources: [readme] }
  cuda:
    value: partial
    sources: [docs]
history:
  - date: 2016
    title: First
  - date: 2017
    title: Second
    sources: [notes]
sources:
  - id: readme
    url: https://example.org
`;

describe('locateField', () => {
  it('finds nested keys by indentation', () => {
    expect(locateField(text, ['status', 'value'])).toBe(4);
    expect(locateField(text, ['hardware', 'cuda', 'sources'])).toBe(10);
  });
  it('finds keys inside flow mappings on the parent line', () => {
    expect(locateField(text, ['hardware', 'cpu', 'sources'])).toBe(7);
  });
  it('counts list items', () => {
    expect(locateField(text, ['history', 1, 'title'])).toBe(15);
    expect(locateField(text, ['history', 1, 'sources', 0])).toBe(16);
    expect(locateField(text, ['sources', 0, 'id'])).toBe(18);
  });
  it('falls back to the deepest step it found', () => {
    expect(locateField(text, ['status', 'since'])).toBe(3);
    expect(locateField(text, ['nowhere'])).toBeUndefined();
  });
});
