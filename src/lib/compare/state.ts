// The state of the comparison table, shared by the server (tests) and the browser script. It
// imports nothing, so the browser bundle stays small: allowed values are passed in.

/** Facets a reader can filter on. */
export const FACETS = ['kind', 'status', 'licence', 'lang', 'hw', 'deploy', 'exec'] as const;
export type Facet = (typeof FACETS)[number];

/** Facets where a row must have every selected value (capabilities); the others match any selected value. */
export const ALL_OF: ReadonlySet<Facet> = new Set(['hw', 'deploy']);

/** Everything a shared /compare/ URL can carry. */
export interface CompareState {
  filters: Record<Facet, string[]>;
  q: string;
  sort?: { col: string; dir: 'asc' | 'desc' };
  /** Visible columns, when the reader chose them; undefined means the default set. */
  cols?: string[];
  /** Frameworks picked for the side-by-side view (2–4 are shown). */
  pick: string[];
}

/** What the URL may name: anything else is ignored. */
export interface Allowed {
  values: Record<Facet, ReadonlySet<string>>;
  columns: ReadonlySet<string>;
  ids: ReadonlySet<string>;
}

/** The facets of one row, as the table's data-* attributes give them. */
export interface Facets {
  kind: string;
  status: string;
  licence: string;
  lang: readonly string[];
  hw: readonly string[];
  deploy: readonly string[];
  exec: string;
  text: string;
}

/**
 * Column groups whose differences are counted: the sourced facts, not the editorial opinions.
 * Pair pages, their summaries and the side-by-side view of /compare/ all count this way.
 */
export const COUNTED_GROUPS: ReadonlySet<string> = new Set(['about', 'hardware', 'deployment']);

/** How many of the given rows (one value per framework) hold more than one distinct value. */
export function countDifferences(rows: readonly (readonly string[])[]): { differing: number; total: number } {
  return { differing: rows.filter((values) => new Set(values).size > 1).length, total: rows.length };
}

/** "15 of 22 sourced facts differ (editorial opinions are not counted)." */
export function differenceSentence({ differing, total }: { differing: number; total: number }): string {
  return `${differing} of ${total} sourced facts differ (editorial opinions are not counted).`;
}

/**
 * The columns that answer the active filters, in filter order: a reader who filters by ROCm and
 * mobile sees those two columns right after the framework name, shown even if hidden before.
 */
export function promotedColumns(filters: Readonly<Record<Facet, readonly string[]>>): string[] {
  const out: string[] = [];
  for (const facet of FACETS) {
    const values = filters[facet];
    if (!values.length) continue;
    if (facet === 'hw') out.push(...values.map((v) => `hw-${v}`));
    else if (facet === 'deploy') out.push(...values.map((v) => `dep-${v}`));
    else out.push(facet);
  }
  return out;
}

/** Longest free-text query kept from a URL. */
export const MAX_QUERY = 100;
/** Most frameworks that can be picked for side by side. */
export const MAX_PICK = 4;

export function emptyState(): CompareState {
  return {
    filters: { kind: [], status: [], licence: [], lang: [], hw: [], deploy: [], exec: [] },
    q: '',
    pick: [],
  };
}

/** True when a row passes every active filter. */
export function matches(row: Facets, state: CompareState): boolean {
  for (const facet of FACETS) {
    const wanted = state.filters[facet];
    if (wanted.length === 0) continue;
    const have = row[facet];
    const has = (v: string) => (typeof have === 'string' ? have === v : have.includes(v));
    if (ALL_OF.has(facet) ? !wanted.every(has) : !wanted.some(has)) return false;
  }
  const q = state.q.trim().toLowerCase();
  return q === '' || q.split(/\s+/).every((word) => row.text.includes(word));
}

/**
 * Splits a comma-separated URL value (all occurrences of the key) and keeps known values once,
 * in their given order; over-long raw values are skipped. Shared by every page that keeps state in the URL.
 */
export function listParam(
  params: URLSearchParams,
  key: string,
  allowed: ReadonlySet<string>,
  max = 50,
): string[] {
  const out: string[] = [];
  for (const raw of params.getAll(key)) {
    if (raw.length > 2000) continue;
    for (const v of raw.split(',')) {
      if (allowed.has(v) && !out.includes(v) && out.length < max) out.push(v);
    }
  }
  return out;
}

/**
 * Reads state from a URL's query. Hostile input is ignored, never trusted: unknown keys and
 * values, repeated keys (merged), over-long values and markup simply do not match anything known.
 */
export function parseState(search: string, allowed: Allowed): CompareState {
  const params = new URLSearchParams(search);
  const state = emptyState();
  for (const facet of FACETS) state.filters[facet] = listParam(params, facet, allowed.values[facet]);
  const q = params.get('q') ?? '';
  state.q = q.length <= MAX_QUERY ? q.replace(/[<>]/g, '') : '';
  const sort = params.get('sort') ?? '';
  const m = /^(-?)([a-z0-9-]{1,40})$/.exec(sort);
  if (m && (allowed.columns.has(m[2]) || m[2] === 'name'))
    state.sort = { col: m[2], dir: m[1] ? 'desc' : 'asc' };
  if (params.has('cols')) state.cols = listParam(params, 'cols', allowed.columns);
  state.pick = listParam(params, 'pick', allowed.ids, MAX_PICK);
  return state;
}

/** Writes state as a short, stable query string ("" when nothing is set). */
export function serializeState(state: CompareState): string {
  const params = new URLSearchParams();
  for (const facet of FACETS)
    if (state.filters[facet].length) params.set(facet, state.filters[facet].join(','));
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.sort) params.set('sort', `${state.sort.dir === 'desc' ? '-' : ''}${state.sort.col}`);
  if (state.cols) params.set('cols', state.cols.join(','));
  if (state.pick.length) params.set('pick', state.pick.join(','));
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Compares two sort keys: numbers numerically, text case-insensitively, empty last. */
export function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  const na = Number(a);
  const nb = Number(b);
  if (!Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
  return a.localeCompare(b, 'en', { sensitivity: 'base' });
}

/** Row order for a sort: by the column's key (rows without one last, either way), then by name. */
export function sortOrder<T extends { name: string; key: string }>(
  rows: readonly T[],
  dir: 'asc' | 'desc',
): T[] {
  const sign = dir === 'desc' ? -1 : 1;
  const byName = (a: T, b: T) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });
  return [...rows].sort((a, b) => {
    if ((a.key === '') !== (b.key === '')) return a.key === '' ? 1 : -1;
    return sign * compareKeys(a.key, b.key) || byName(a, b);
  });
}

/** Quotes one CSV field (RFC 4180) and defuses spreadsheet formulas. */
export function csvCell(value: string): string {
  const safe = /^[=+@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The visible part of the table as CSV: a header row and one row per shown framework. */
export function viewToCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The visible part of the table as JSON objects keyed by column label. */
export function viewToJson(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return JSON.stringify(
    rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))),
    null,
    2,
  );
}
