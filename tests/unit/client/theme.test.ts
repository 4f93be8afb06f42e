import { describe, expect, it } from 'vitest';
import { readStoredTheme, storeTheme, THEME_KEY } from '../../../src/client/theme';

const throwing = {
  length: 0,
  clear: () => undefined,
  key: () => null,
  removeItem: () => undefined,
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

/** A Storage backed by a plain object. */
function memory(data: Record<string, string>): Storage {
  return {
    get length() {
      return Object.keys(data).length;
    },
    clear: () => Object.keys(data).forEach((k) => delete data[k]),
    key: (i) => Object.keys(data)[i] ?? null,
    getItem: (k) => data[k] ?? null,
    setItem: (k, v) => void (data[k] = v),
    removeItem: (k) => void delete data[k],
  };
}

describe('theme storage', () => {
  it('reads only known values', () => {
    expect(readStoredTheme(memory({ [THEME_KEY]: 'dark' }))).toBe('dark');
    expect(readStoredTheme(memory({ [THEME_KEY]: 'purple' }))).toBeUndefined();
    expect(readStoredTheme(undefined)).toBeUndefined();
  });
  it('fails safe when storage is blocked', () => {
    expect(readStoredTheme(throwing)).toBeUndefined();
    expect(() => storeTheme(throwing, 'dark')).not.toThrow();
  });
  it('stores the choice under the key the inline bootstrap reads', () => {
    const store = memory({});
    storeTheme(store, 'light');
    expect(store.getItem('atlas-theme')).toBe('light');
  });
  it('"system" forgets the choice, so the site follows the system again', () => {
    const store = memory({ [THEME_KEY]: 'dark' });
    storeTheme(store, 'system');
    expect(store.getItem(THEME_KEY)).toBeNull();
    expect(readStoredTheme(store)).toBeUndefined();
    expect(() => storeTheme(throwing, 'system')).not.toThrow();
  });
});
