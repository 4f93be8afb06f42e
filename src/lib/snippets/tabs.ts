/** Pure helpers for the code tabs (src/client/code-tabs.ts): keyboard moves and the side-by-side URL. */

/** At most this many frameworks side by side: more would not fit a reading width. */
export const MAX_SIDE = 3;

/**
 * The tab a key moves to in a horizontal tablist (WAI-ARIA tabs pattern): arrows wrap around,
 * Home and End go to the ends. Undefined for any other key.
 */
export function tabKeyTarget(key: string, index: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/**
 * The frameworks to show side by side, from `?side=a,b`: known ids only, each once, at most
 * three. Fewer than two means no side-by-side view. Anything else in the URL is ignored.
 */
export function parseSide(search: string, known: readonly string[]): string[] {
  let raw: string | null;
  try {
    raw = new URLSearchParams(search).get('side');
  } catch {
    return [];
  }
  if (!raw || raw.length > 500) return [];
  const ids = [
    ...new Set(
      raw
        .split(',')
        .map((s) => s.trim())
        .filter((s) => known.includes(s)),
    ),
  ].slice(0, MAX_SIDE);
  return ids.length >= 2 ? ids : [];
}

/** The query string for a side-by-side choice ("" when fewer than two are chosen). */
export function serializeSide(ids: readonly string[]): string {
  return ids.length >= 2 ? `?side=${ids.slice(0, MAX_SIDE).join(',')}` : '';
}

/** "A", "A and B", "A, B and C". */
export function namesList(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
