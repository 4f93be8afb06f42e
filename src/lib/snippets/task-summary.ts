import type { ResultValue, TaskSpec } from '../../schemas/code.ts';
import type { CodeCell } from './catalogue.ts';
import { agreement, allowedFor, expectedText, meets, type RecordedValues } from './spec.ts';

/** The recorded values of the cells that were run (parsed and historical snippets were not). */
export function recordedValues(cells: readonly CodeCell[]): RecordedValues[] {
  return cells.flatMap((c) =>
    c.state === 'snippet' && c.run.kind === 'ran' && c.snippet.verification?.values
      ? [{ framework: c.framework.id, name: c.framework.data.name, values: c.snippet.verification.values }]
      : [],
  );
}

/** What the page can truthfully say about a task's recorded results, computed from the records. */
export interface TaskVerdict {
  /** How many run snippets were compared. */
  ran: number;
  /** Frameworks with a snippet that was parsed but not run (not compared). */
  notRun: string[];
  /** The frameworks whose exact results (values, or for training tasks the settings) all match the spec. */
  agreeing: string[];
  /** Labels of the compared exact results. */
  compared: string[];
  /** Every framework × key that differs, with the spec's reason or the two values. */
  differing: { name: string; key: string; label: string; reason: string }[];
  /** The differences the spec does not explain (a subset of `differing`). */
  unexplained: { name: string; key: string; label: string; reason: string }[];
  /** Threshold results ("held-out accuracy ≥ 0.85") and which run frameworks met each. */
  thresholds: { label: string; bound: string; met: string[]; missed: string[] }[];
}

/**
 * Compares the run snippets of one task with its spec. For a deterministic task every exact
 * result must agree within its tolerance (agreement with the spec's value is agreement with each
 * other); for any task, each threshold lists who met it. Nothing is claimed for snippets that were
 * not run.
 */
export function taskVerdict(spec: TaskSpec, cells: readonly CodeCell[]): TaskVerdict {
  const records = recordedValues(cells);
  const notRun = cells
    .filter((c) => c.state === 'snippet' && c.run.kind !== 'ran')
    .map((c) => c.framework.data.name);
  const label = (key: string) => spec.results.find((e) => e.key === key)?.label ?? key;
  const result = agreement(spec, records);
  // A difference the spec explains (allowedDifferences) is shown, but does not count against
  // agreement: those values were never meant to be compared.
  const unexplained = result.differing.filter((d) => {
    const fw = records.find((r) => r.name === d.name)?.framework ?? '';
    return !(d.key in allowedFor(spec, fw));
  });
  const exact = {
    ...result,
    agreeing: records.filter((r) => !unexplained.some((d) => d.name === r.name)).map((r) => r.name),
  };
  const thresholds = spec.results
    .filter((e) => e.equals === undefined)
    .map((e) => {
      const checked = records.filter((r) => !(e.key in allowedFor(spec, r.framework)));
      return {
        label: e.label,
        bound: expectedText(e),
        met: checked.filter((r) => meets(e, r.values[e.key])).map((r) => r.name),
        missed: checked.filter((r) => !meets(e, r.values[e.key])).map((r) => r.name),
      };
    });
  return {
    ran: records.length,
    notRun,
    agreeing: exact.agreeing,
    compared: exact.keys.map(label),
    differing: exact.differing.map((d) => ({ ...d, label: label(d.key) })),
    unexplained: unexplained.map((d) => ({ ...d, label: label(d.key) })),
    thresholds,
  };
}

/** "a, b and c". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The one-sentence verdict shown above the code. */
export function verdictText(spec: TaskSpec, v: TaskVerdict): string {
  if (v.ran === 0) return 'No snippet of this task was run, so no results are compared.';
  const parts: string[] = [];
  if (spec.deterministic) {
    if (v.agreeing.length === v.ran)
      parts.push(
        `Outputs agree across ${v.ran} framework${v.ran === 1 ? '' : 's'}: ${listText(v.compared)} within the tolerances above${v.differing.length ? ', except the values the spec exempts (listed below)' : ''}.`,
      );
    else
      parts.push(
        `Outputs agree across ${v.agreeing.length} of ${v.ran} run frameworks (${listText(v.compared)}); the differences are listed below.`,
      );
  } else {
    const settings = v.compared.length ? ` ${listText(v.compared)}` : '';
    parts.push(
      v.agreeing.length === v.ran
        ? `Results here depend on each framework's own random start or rounding, so only settings and thresholds are compared: all ${v.ran} run snippets report the specified${settings}.`
        : `Results here depend on each framework's own random start or rounding, so only settings and thresholds are compared: ${v.agreeing.length} of ${v.ran} run snippets report the specified${settings} (the differences are listed below).`,
    );
  }
  for (const t of v.thresholds) {
    if (t.missed.length === 0) parts.push(`In all ${t.met.length} run snippets, ${t.label} was ${t.bound}.`);
    else parts.push(`${listText(t.missed)}: ${t.label} was not ${t.bound}.`);
  }
  return parts.join(' ');
}

/** The last lines of a run's output, for the page (the RESULT line is stored apart). */
export function lastLines(output: string, count = 6): string {
  const lines = output.trimEnd().split('\n');
  return lines.slice(-count).join('\n');
}

/** Re-exported for components that format single values. */
export type { ResultValue };
