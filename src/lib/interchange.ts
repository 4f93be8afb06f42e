import {
  INTERCHANGE_FORMATS,
  INTERCHANGE_SOURCES,
  type InterchangeFormat,
  type InterchangeSource,
} from '../data/interchange.ts';
import type { InterchangeRecord } from '../schemas/interchange.ts';
import { snippetHash } from './snippets/hash.ts';

/**
 * SHA-256 over the Python programs that make the records (verify/interchange/*.py): names and
 * texts, in name order. A record whose `program` differs was made by other code.
 */
export function programHash(files: readonly { name: string; text: string }[]): string {
  return snippetHash(
    [...files]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((f) => `# ${f.name}\n${f.text}`)
      .join('\n'),
  );
}

/** The file name of a record, relative to content/interchange/. */
export function interchangeFileName(r: Pick<InterchangeRecord, 'source' | 'format' | 'runtime'>): string {
  return `${r.source}--${r.format}--${r.runtime}.json`;
}

/** One column of the matrix: a format and the runtime that loads it. */
export interface MatrixColumn {
  format: InterchangeFormat;
  label: string;
  file: string;
  runtime: string;
}

/** One cell: the record, or none when the source has no exporter to that format. */
export interface MatrixCell {
  column: MatrixColumn;
  record?: InterchangeRecord;
}

/** One row: a source framework and its cells, in column order. */
export interface MatrixRow {
  source: InterchangeSource;
  label: string;
  cells: MatrixCell[];
}

export interface Matrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
  /** Distribution → versions seen across the shown cells (several when records disagree). */
  versions: [string, string[]][];
  works: number;
  fails: number;
  /** The newest verifiedAt of the shown records. */
  verifiedAt?: string;
  python?: string;
}

/**
 * The columns a framework's profile shows: those it runs (runtime) or whose format it is
 * (formatProfile); every column when no framework is given.
 */
export function columnsFor(framework?: string): MatrixColumn[] {
  return (Object.keys(INTERCHANGE_FORMATS) as InterchangeFormat[])
    .filter((format) => {
      const f = INTERCHANGE_FORMATS[format];
      return framework === undefined || f.runtime === framework || f.formatProfile === framework;
    })
    .map((format) => ({
      format,
      label: INTERCHANGE_FORMATS[format].label,
      file: INTERCHANGE_FORMATS[format].file,
      runtime: INTERCHANGE_FORMATS[format].runtime,
    }));
}

/** Shapes the records into rows (sources) × columns (format → runtime). */
export function interchangeMatrix(records: readonly InterchangeRecord[], framework?: string): Matrix {
  const columns = columnsFor(framework);
  const byKey = new Map(records.map((r) => [`${r.source}/${r.format}/${r.runtime}`, r]));
  const rows = (Object.keys(INTERCHANGE_SOURCES) as InterchangeSource[]).map((source) => ({
    source,
    label: INTERCHANGE_SOURCES[source].label,
    cells: columns.map((column) => ({
      column,
      record: byKey.get(`${source}/${column.format}/${column.runtime}`),
    })),
  }));
  const shown = rows.flatMap((r) => r.cells.flatMap((c) => (c.record ? [c.record] : [])));
  const versions = new Map<string, Set<string>>();
  for (const r of shown)
    for (const [dist, v] of Object.entries(r.versions)) {
      if (!versions.has(dist)) versions.set(dist, new Set());
      versions.get(dist)!.add(v);
    }
  return {
    columns,
    rows,
    versions: [...versions.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([dist, set]) => [dist, [...set].sort()]),
    works: shown.filter((r) => r.status === 'works').length,
    fails: shown.filter((r) => r.status === 'fails').length,
    verifiedAt: shown
      .map((r) => r.verifiedAt)
      .sort()
      .at(-1),
    python: shown[0]?.python,
  };
}

/** A difference for reading: "0" for an exact match, else two significant digits (2.4e-7). */
export function formatDiff(diff: number): string {
  if (diff === 0) return '0';
  const [mantissa, exponent] = diff.toExponential(1).split('e');
  return `${mantissa}e${Number(exponent)}`;
}

/**
 * The fields that say what happened; timings and the date do not count as a change, and the
 * difference of a working route counts only as being within its tolerance: it moves with the
 * CPU's kernels (0 on one x86-64 machine, 1.2e-7 on another for the same Keras → ONNX route).
 */
function substance(r: InterchangeRecord): Omit<InterchangeRecord, 'seconds' | 'verifiedAt' | 'maxAbsDiff'> & {
  maxAbsDiff?: number | 'within tolerance';
} {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- dropping the two fields is the point
  const { seconds, verifiedAt, ...rest } = r;
  const within = r.status === 'works' && r.maxAbsDiff !== undefined && r.maxAbsDiff <= r.tolerance;
  return within ? { ...rest, maxAbsDiff: 'within tolerance' } : rest;
}

/**
 * Whether a fresh record says something the committed one does not. When only timings, the day
 * or a difference inside the tolerance change, the committed file is kept, so a rerun on another
 * machine leaves `git status` clean.
 */
export function recordChanged(previous: InterchangeRecord | undefined, next: InterchangeRecord): boolean {
  if (!previous) return true;
  return JSON.stringify(sortKeys(substance(previous))) !== JSON.stringify(sortKeys(substance(next)));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  return value;
}

/** "11 of 12 routes work; 1 fails.", in grammatical English for any counts. */
export function matrixSummary(works: number, fails: number): string {
  const total = works + fails;
  const head = `${works} of ${total} ${total === 1 ? 'route' : 'routes'} ${works === 1 ? 'works' : 'work'}`;
  return fails ? `${head}; ${fails} ${fails === 1 ? 'fails' : 'fail'}.` : `${head}.`;
}
