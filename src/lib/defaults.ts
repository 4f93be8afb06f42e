// Shaping of content/defaults.yaml (written by npm run read:defaults) for /concepts/ and pair pages.
import type { DefaultCell, DefaultRow, DefaultsFile } from '../schemas/defaults.ts';

/** A distribution name as pip compares them (PEP 503): lower case, runs of -_. as one hyphen. */
export function normalizePackage(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** The `name==version` pins of a requirements file, by normalised name. */
export function parsePins(requirements: string): Map<string, string> {
  const pins = new Map<string, string>();
  for (const line of requirements.split('\n')) {
    const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*==\s*([^\s;#]+)/.exec(line);
    if (m) pins.set(normalizePackage(m[1]), m[2]);
  }
  return pins;
}

/** A version in the defaults file that is not the one pinned in its framework's requirements file. */
export interface StalePin {
  framework: string;
  package: string;
  recorded: string;
  /** The pinned version, or undefined when the package is not pinned at all. */
  pinned?: string;
}

/**
 * Every package version the defaults were read from that differs from the requirements pins;
 * `pinsOf` gives a framework's pins, those of the environment it was read in (MindSpore has its
 * own).
 */
export function stalePins(
  file: DefaultsFile,
  pinsOf: (framework: string) => Map<string, string>,
): StalePin[] {
  const stale: StalePin[] = [];
  const seen = new Set<string>();
  const visit = (framework: string, pkg: string, recorded: string) => {
    const key = `${framework}|${pkg}|${recorded}`;
    if (seen.has(key)) return;
    seen.add(key);
    const pinned = pinsOf(framework).get(normalizePackage(pkg));
    if (pinned !== recorded) stale.push({ framework, package: pkg, recorded, pinned });
  };
  for (const [fw, { packages }] of Object.entries(file.frameworks))
    for (const [pkg, v] of Object.entries(packages)) visit(fw, pkg, v);
  for (const row of file.rows)
    for (const [fw, cell] of Object.entries(row.cells)) visit(fw, cell.package, cell.version);
  return stale;
}

/** True when the present cells hold more than one distinct value. */
export function rowDiffers(row: DefaultRow, frameworks?: readonly string[]): boolean {
  const cells = Object.entries(row.cells).filter(([fw]) => !frameworks || frameworks.includes(fw));
  return new Set(cells.map(([, c]) => JSON.stringify(c.value))).size > 1;
}

/** A column of the defaults table: a framework id with the name to show. */
export interface DefaultsColumn {
  id: string;
  name: string;
}

/** The table on /concepts/: the rows where frameworks differ, columns in the file's order. */
export function defaultsTable(
  file: DefaultsFile,
  names: ReadonlyMap<string, string>,
): { columns: DefaultsColumn[]; rows: DefaultRow[]; agreeing: DefaultRow[] } {
  const columns = Object.keys(file.frameworks).map((id) => ({ id, name: names.get(id) ?? id }));
  return {
    columns,
    rows: file.rows.filter((r) => rowDiffers(r)),
    agreeing: file.rows.filter((r) => !rowDiffers(r)),
  };
}

/** One row where two frameworks differ. */
export interface PairDifference {
  row: DefaultRow;
  a: DefaultCell;
  b: DefaultCell;
}

/** What the defaults say about two frameworks. */
export type PairDefaults =
  | { state: 'no-data'; missing: string[] }
  | { state: 'agree'; compared: number }
  | { state: 'differ'; differences: PairDifference[]; compared: number };

/** The rows where frameworks `a` and `b` both have a value and the values differ. */
export function pairDefaults(file: DefaultsFile, a: string, b: string): PairDefaults {
  const missing = [a, b].filter((id) => !(id in file.frameworks));
  if (missing.length) return { state: 'no-data', missing };
  const both = file.rows.filter((r) => r.cells[a] && r.cells[b]);
  if (!both.length) return { state: 'no-data', missing: [] };
  const differences = both
    .filter((r) => JSON.stringify(r.cells[a].value) !== JSON.stringify(r.cells[b].value))
    .map((row) => ({ row, a: row.cells[a], b: row.cells[b] }));
  return differences.length
    ? { state: 'differ', differences, compared: both.length }
    : { state: 'agree', compared: both.length };
}

/** Every distinct "package version" the file was read from, sorted by package. */
export function packagesReadFrom(file: DefaultsFile): string[] {
  const all = new Map<string, string>();
  for (const { packages } of Object.values(file.frameworks))
    for (const [pkg, v] of Object.entries(packages)) all.set(pkg, v);
  return [...all].sort(([a], [b]) => a.localeCompare(b)).map(([pkg, v]) => `${pkg} ${v}`);
}

/**
 * The value most frameworks in a row share, when one value is held by more cells than any other
 * (a tie has no majority); cells with another value are the ones a porter trips on.
 */
export function majorityValue(row: DefaultRow): DefaultCell['value'] | undefined {
  const counts = new Map<string, number>();
  for (const c of Object.values(row.cells)) {
    const k = JSON.stringify(c.value);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  if (!sorted.length || (sorted[1] && sorted[1][1] === sorted[0][1])) return undefined;
  return JSON.parse(sorted[0][0]) as DefaultCell['value'];
}

/**
 * A source text cut after commas, opening brackets, semicolons and the dots between names (not
 * decimal points), so it wraps between names, not inside them or inside a number.
 */
export function sourceSegments(source: string): string[] {
  return source.split(/(?<=[,;(])|(?<=\.)(?=[A-Za-z_])/);
}
