import { readKey, safeStorage, writeKey } from './storage';

/** The localStorage key of the reader's theme choice; the inline bootstrap in Base.astro reads it too. */
export const THEME_KEY = 'atlas-theme';

type Theme = 'light' | 'dark';

/** Reads the stored choice; blocked storage (privacy modes) counts as no choice. */
export function readStoredTheme(storage: Storage | undefined): Theme | undefined {
  const t = readKey(THEME_KEY, storage);
  return t === 'light' || t === 'dark' ? t : undefined;
}

/** Stores the choice; silently keeps it for this page only when storage is blocked. */
export function storeTheme(storage: Storage | undefined, theme: Theme): void {
  writeKey(THEME_KEY, theme, storage);
}

/** Wires the theme button: shows it, reflects the effective theme, toggles and remembers it. */
export function initThemeToggle(button: HTMLButtonElement, root: HTMLElement, win: Window): void {
  const system = win.matchMedia('(prefers-color-scheme: dark)');
  const effective = (): Theme =>
    (root.dataset.theme as Theme | undefined) ?? (system.matches ? 'dark' : 'light');
  const sync = () => button.setAttribute('aria-pressed', String(effective() === 'dark'));
  sync();
  button.addEventListener('click', () => {
    const next: Theme = effective() === 'dark' ? 'light' : 'dark';
    root.dataset.theme = next;
    storeTheme(safeStorage(win), next);
    sync();
  });
  system.addEventListener('change', sync);
}
