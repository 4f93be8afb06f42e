import { readKey, safeStorage, writeKey } from './storage';

/** The localStorage key of the reader's theme choice; the inline bootstrap in Base.astro reads it too. */
export const THEME_KEY = 'atlas-theme';

type Theme = 'light' | 'dark';
/** What the reader can choose: a fixed theme, or following the system ("system", nothing stored). */
export type ThemeChoice = Theme | 'system';

/** Reads the stored choice; blocked storage (privacy modes) counts as no choice. */
export function readStoredTheme(storage: Storage | undefined): Theme | undefined {
  const t = readKey(THEME_KEY, storage);
  return t === 'light' || t === 'dark' ? t : undefined;
}

/** Stores the choice ("system" removes it); silently keeps it for this page only when storage is blocked. */
export function storeTheme(storage: Storage | undefined, choice: ThemeChoice): void {
  if (choice !== 'system') {
    writeKey(THEME_KEY, choice, storage);
    return;
  }
  try {
    storage?.removeItem(THEME_KEY);
  } catch {
    /* blocked: nothing was stored either */
  }
}

/** Applies a choice to <html>: a data-theme for a fixed theme, none to follow the system. */
export function applyTheme(root: HTMLElement, choice: ThemeChoice): void {
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}

/** Wires the theme select: shows the current choice, applies and remembers a new one. */
export function initThemeSelect(select: HTMLSelectElement, root: HTMLElement, win: Window): void {
  const t = root.dataset.theme;
  select.value = t === 'light' || t === 'dark' ? t : 'system';
  select.addEventListener('change', () => {
    const choice = select.value as ThemeChoice;
    applyTheme(root, choice);
    storeTheme(safeStorage(win), choice);
  });
}
