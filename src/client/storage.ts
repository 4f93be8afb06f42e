/**
 * window.localStorage, or undefined where merely touching it throws (blocked storage, some
 * privacy modes). Callers then simply remember nothing; reads and writes must still be wrapped,
 * because they can throw too (quota, revoked permission).
 */
export function safeStorage(win: Window = window): Storage | undefined {
  try {
    return win.localStorage;
  } catch {
    return undefined;
  }
}

/** Reads a key; undefined when storage is blocked or the read fails. */
export function readKey(key: string, storage: Storage | undefined): string | undefined {
  try {
    return storage?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Writes a key; silently does nothing when storage is blocked or full. */
export function writeKey(key: string, value: string, storage: Storage | undefined): void {
  try {
    storage?.setItem(key, value);
  } catch {
    /* blocked or full: the choice lasts until the page is left */
  }
}
