import { describe, expect, it } from 'vitest';
import { readStoredTheme, storeTheme, THEME_KEY } from '../../../src/client/theme';

const throwing = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('theme storage', () => {
  it('reads only known values', () => {
    expect(readStoredTheme({ getItem: (k) => (k === THEME_KEY ? 'dark' : null) })).toBe('dark');
    expect(readStoredTheme({ getItem: () => 'purple' })).toBeUndefined();
    expect(readStoredTheme(undefined)).toBeUndefined();
  });
  it('fails safe when storage is blocked', () => {
    expect(readStoredTheme(throwing)).toBeUndefined();
    expect(() => storeTheme(throwing, 'dark')).not.toThrow();
  });
  it('stores the choice under the key the inline bootstrap reads', () => {
    const saved: Record<string, string> = {};
    storeTheme({ setItem: (k, v) => (saved[k] = v) }, 'light');
    expect(saved).toEqual({ 'atlas-theme': 'light' });
  });
});
