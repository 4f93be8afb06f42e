import type { Expectation, ResultValue, TaskSpec } from '../../schemas/code.ts';

/** The prefix of the one line each snippet prints after its own assertions. */
export const RESULT_PREFIX = 'RESULT ';

/** The parsed `RESULT {…}` line of a run, or why there is none. */
export type ParsedResult = { values: Record<string, ResultValue> } | { error: string };

/**
 * Finds the snippet's `RESULT {json}` line in its standard output. Exactly one such line, whose
 * JSON is an object, is accepted.
 */
export function parseResult(stdout: string): ParsedResult {
  const lines = stdout.split('\n').filter((l) => l.startsWith(RESULT_PREFIX));
  if (lines.length === 0)
    return { error: 'The snippet printed no `RESULT {…}` line (print it after the assertions)' };
  if (lines.length > 1)
    return { error: `The snippet printed ${lines.length} RESULT lines; print exactly one` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(lines[0].slice(RESULT_PREFIX.length));
  } catch (e) {
    return { error: `The RESULT line is not JSON: ${(e as Error).message}` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return { error: 'The RESULT line must hold a JSON object ({"key": value, …})' };
  return { values: parsed as Record<string, ResultValue> };
}

/** The output without its RESULT line (the values are stored and shown apart). */
export function withoutResultLine(stdout: string): string {
  return stdout
    .split('\n')
    .filter((l) => !l.startsWith(RESULT_PREFIX))
    .join('\n');
}

/** Largest absolute difference between two values of the same shape; Infinity when they differ in kind. */
export function distance(a: ResultValue | undefined, b: ResultValue | undefined): number {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b);
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return Infinity;
    return a.reduce<number>((m, x, i) => Math.max(m, distance(x, b[i])), 0);
  }
  return a === b ? 0 : Infinity;
}

/** A result a run got wrong. */
export interface Mismatch {
  task: string;
  framework: string;
  key: string;
  expected: string;
  got: string;
}

/** What the spec asks for one key, in words ("5571", "≥ 0.85", "[4, 3] ± 0.001"). */
export function expectedText(e: Expectation): string {
  const parts: string[] = [];
  if (e.equals !== undefined) parts.push(JSON.stringify(e.equals) + (e.tolerance ? ` ± ${e.tolerance}` : ''));
  if (e.min !== undefined) parts.push(`≥ ${e.min}`);
  if (e.max !== undefined) parts.push(`≤ ${e.max}`);
  return parts.join(' and ');
}

/** True when a value meets one expectation. */
export function meets(e: Expectation, value: ResultValue | undefined): boolean {
  if (value === undefined) return false;
  if (e.equals !== undefined && !(distance(e.equals, value) <= (e.tolerance ?? 0))) return false;
  if (e.min !== undefined && !(typeof value === 'number' && value >= e.min)) return false;
  if (e.max !== undefined && !(typeof value === 'number' && value <= e.max)) return false;
  return true;
}

/** The spec's keys a framework is excused from, with the reason. */
export function allowedFor(spec: TaskSpec, framework: string): Record<string, string> {
  return spec.allowedDifferences?.[framework] ?? {};
}

/** Checks a run's values against its task's spec; keys the spec excuses for that framework are skipped. */
export function checkValues(
  task: string,
  framework: string,
  spec: TaskSpec,
  values: Record<string, ResultValue>,
): Mismatch[] {
  const excused = allowedFor(spec, framework);
  return spec.results
    .filter((e) => !(e.key in excused))
    .filter((e) => !meets(e, values[e.key]))
    .map((e) => ({
      task,
      framework,
      key: e.key,
      expected: expectedText(e),
      got: e.key in values ? JSON.stringify(values[e.key]) : 'nothing (the key is missing from RESULT)',
    }));
}

/** What a kept record says of a value the spec bounds, instead of the number. */
export const WITHIN_SPEC = 'within the spec';

/**
 * The values a record attests, for deciding whether a new run changed it. A value the spec
 * bounds (a threshold, `min` or `max`, or `equals` with a `tolerance`) is attested by meeting
 * the bound: such values move with the CPU's kernels (bfloat16 rounding gave 8.2e-3 on one x86-64
 * machine and 7.4e-3 on another for the same TensorFlow file), so a move inside the bound keeps
 * the record, and the tree clean, while a value outside it fails the run anyway. Exact values
 * (`equals` without tolerance), excused keys and keys the spec does not name compare as they are.
 */
export function attestedValues(
  spec: TaskSpec | undefined,
  framework: string,
  values: Record<string, ResultValue> | undefined,
): Record<string, ResultValue> | null {
  if (!values) return null;
  if (!spec) return values;
  const excused = allowedFor(spec, framework);
  const bounded = new Map(
    spec.results
      .filter((e) => (e.equals === undefined || (e.tolerance ?? 0) > 0) && !(e.key in excused))
      .map((e) => [e.key, e]),
  );
  return Object.fromEntries(
    Object.entries(values).map(([key, v]) => {
      const e = bounded.get(key);
      return [key, e && meets(e, v) ? WITHIN_SPEC : v];
    }),
  );
}

/** One line per mismatch: "training-loop/pytorch: lr expected 0.001, got 0.01". */
export function mismatchText(m: Mismatch): string {
  return `${m.task}/${m.framework}: ${m.key} expected ${m.expected}, got ${m.got}`;
}

/** A framework's recorded values, as the agreement needs them. */
export interface RecordedValues {
  framework: string;
  /** The framework's display name. */
  name: string;
  values: Record<string, ResultValue>;
}

/** Whether the recorded outputs of a task's frameworks agree, and who differs and why. */
export interface Agreement {
  /** The frameworks whose every exact result is within tolerance of the spec. */
  agreeing: string[];
  /** The keys compared (the spec's exact results). */
  keys: string[];
  differing: { name: string; key: string; reason: string }[];
}

/**
 * Compares the recorded values of a deterministic task: every exact result (`equals`) of every
 * framework against the spec's value, within its tolerance. A framework excused from a key by
 * the spec is listed with the spec's reason; any other deviation with the two values.
 */
export function agreement(spec: TaskSpec, records: readonly RecordedValues[]): Agreement {
  const exact = spec.results.filter((e) => e.equals !== undefined);
  const agreeing: string[] = [];
  const differing: Agreement['differing'] = [];
  for (const r of records) {
    const excused = allowedFor(spec, r.framework);
    let ok = true;
    for (const e of exact) {
      if (e.key in excused) {
        differing.push({ name: r.name, key: e.key, reason: excused[e.key] });
        ok = false;
      } else if (!meets(e, r.values[e.key])) {
        differing.push({
          name: r.name,
          key: e.key,
          reason: `got ${JSON.stringify(r.values[e.key] ?? null)} instead of ${expectedText(e)}`,
        });
        ok = false;
      }
    }
    if (ok) agreeing.push(r.name);
  }
  return { agreeing, keys: exact.map((e) => e.key), differing };
}

/** A value in words for the page: numbers with thin grouping, lists in brackets. */
export function valueText(v: ResultValue): string {
  if (typeof v === 'number') {
    if (Number.isInteger(v) && Math.abs(v) >= 10000)
      return v.toLocaleString('en-GB').replaceAll(',', '\u202f');
    return String(Number.isInteger(v) ? v : Number(v.toPrecision(4)));
  }
  if (Array.isArray(v)) return `[${v.map(valueText).join(', ')}]`;
  return String(v);
}

/** The recorded result in words: each spec result's label and value, in spec order. */
export function resultInWords(spec: TaskSpec, values: Record<string, ResultValue>): string[] {
  return spec.results.filter((e) => e.key in values).map((e) => `${e.label} ${valueText(values[e.key])}`);
}
