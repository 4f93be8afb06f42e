import { describe, expect, it } from 'vitest';
import { namesList, parseSide, serializeSide, tabKeyTarget } from '../../../../src/lib/snippets/tabs';

describe('code tabs helpers', () => {
  it('moves with arrows (wrapping), Home and End, and ignores other keys', () => {
    expect(tabKeyTarget('ArrowRight', 2, 3)).toBe(0);
    expect(tabKeyTarget('ArrowLeft', 0, 3)).toBe(2);
    expect(tabKeyTarget('Home', 2, 3)).toBe(0);
    expect(tabKeyTarget('End', 0, 3)).toBe(2);
    expect(tabKeyTarget('Enter', 0, 3)).toBeUndefined();
    expect(tabKeyTarget('ArrowRight', 0, 0)).toBeUndefined();
  });

  it('reads ?side= safely: known ids once, two or three, nothing else', () => {
    const known = ['jax', 'keras', 'pytorch', 'tensorflow'];
    expect(parseSide('?side=pytorch,jax', known)).toEqual(['pytorch', 'jax']);
    expect(parseSide('?side=pytorch,pytorch,jax,keras,tensorflow', known)).toEqual([
      'pytorch',
      'jax',
      'keras',
    ]);
    expect(parseSide('?side=pytorch', known)).toEqual([]);
    expect(parseSide('?side=<script>,jax', known)).toEqual([]);
    expect(parseSide(`?side=${'jax,'.repeat(400)}`, known)).toEqual([]);
    expect(parseSide('?side=jax&side=keras&foo=1', known)).toEqual([]);
    expect(parseSide('?%E0%A4%A=1', known)).toEqual([]);
  });

  it('writes the query string back, and names lists in words', () => {
    expect(serializeSide(['a', 'b'])).toBe('?side=a,b');
    expect(serializeSide(['a'])).toBe('');
    expect(namesList(['A', 'B', 'C'])).toBe('A, B and C');
    expect(namesList(['A'])).toBe('A');
  });
});
