import { SNIPPET_LANGUAGES } from '../../data/snippet-languages.ts';
import { isRetired } from '../../data/statuses.ts';
import type { Historical, SnippetEntry, Task } from '../../schemas/code.ts';
import type { FrameworkEntry } from '../frameworks.ts';

/** Everything the code pages are built from. */
export interface CodeCatalogue {
  frameworks: readonly FrameworkEntry[];
  tasks: readonly Task[];
  snippets: readonly SnippetEntry[];
  /** Framework id → the last release its (historical) snippets were written for. */
  historical: Readonly<Record<string, Historical>>;
}

/** The last release of each historical framework, from its profile (the fact is typed once). */
export function historicalReleases(
  frameworks: readonly FrameworkEntry[],
  ids: readonly string[],
): Record<string, Historical> {
  return Object.fromEntries(
    frameworks
      .filter((f) => ids.includes(f.id))
      .map((f) => [f.id, { release: f.data.latestRelease.version, date: f.data.latestRelease.date }]),
  );
}

/** How far a snippet has been checked, as shown beside it. */
export type RunStatus =
  | {
      kind: 'ran';
      packages: [string, string][];
      /** What ran it: "Python 3.11.7" or "Node.js 24.21.0". */
      runtime: string;
      date: string;
      seconds: number;
      platform: string;
    }
  | { kind: 'historical'; release: string; date: string }
  | { kind: 'parsed'; language: string; parser: string };

/**
 * One task × framework cell: a snippet; an explicit "not applicable"; the code of another
 * framework that is written with this one (the JAX snippets use Flax NNX: Flax's cell points
 * there); a framework no longer developed, for which no new snippets are written; or "not
 * written yet".
 */
export type CodeCell =
  | { state: 'snippet'; framework: FrameworkEntry; snippet: SnippetEntry; run: RunStatus }
  | { state: 'not-applicable'; framework: FrameworkEntry; reason: string }
  | { state: 'within'; framework: FrameworkEntry; host: FrameworkEntry }
  | { state: 'retired'; framework: FrameworkEntry }
  | { state: 'elsewhere'; framework: FrameworkEntry; run: RunStatus; page: string }
  | { state: 'missing'; framework: FrameworkEntry; ext: string; notRunHere?: string };

export function runStatus(snippet: SnippetEntry, historical: CodeCatalogue['historical']): RunStatus {
  const old = historical[snippet.framework];
  if (old) return { kind: 'historical', release: old.release, date: old.date };
  const lang = SNIPPET_LANGUAGES[snippet.ext];
  const v = snippet.verification;
  if (lang.runs && v) {
    return {
      kind: 'ran',
      packages: Object.entries(v.packages),
      runtime: v.node !== undefined ? `Node.js ${v.node}` : `Python ${v.python}`,
      date: v.verifiedAt,
      seconds: v.seconds,
      platform: v.platform,
    };
  }
  return { kind: 'parsed', language: lang.label, parser: lang.parser };
}

/**
 * The frameworks that have code, as columns: current frameworks first (most snippets first,
 * then by name), historical ones last. Frameworks without any snippet are left out rather than
 * shown as thirteen "not written yet" cells.
 */
export function codeFrameworks(c: CodeCatalogue): FrameworkEntry[] {
  const counts = new Map<string, number>();
  for (const s of c.snippets) counts.set(s.framework, (counts.get(s.framework) ?? 0) + 1);
  const old = (f: FrameworkEntry) => (Object.hasOwn(c.historical, f.id) ? 1 : 0);
  return c.frameworks
    .filter((f) => counts.has(f.id))
    .sort(
      (a, b) =>
        old(a) - old(b) ||
        counts.get(b.id)! - counts.get(a.id)! ||
        a.data.name.localeCompare(b.data.name, 'en', { sensitivity: 'base' }),
    );
}

/** The language a framework's snippets are written in (its most used extension; Python when none). */
export function extensionOf(frameworkId: string, snippets: readonly SnippetEntry[]): string {
  const counts = new Map<string, number>();
  for (const s of snippets) if (s.framework === frameworkId) counts.set(s.ext, (counts.get(s.ext) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'py';
}

/** The cell of one task and framework. */
export function codeCell(c: CodeCatalogue, task: Task, framework: FrameworkEntry): CodeCell {
  const snippet = c.snippets.find((s) => s.task === task.id && s.framework === framework.id);
  if (snippet) return { state: 'snippet', framework, snippet, run: runStatus(snippet, c.historical) };
  const reason = task.notApplicable?.[framework.id];
  if (reason) return { state: 'not-applicable', framework, reason };
  // Another framework's run snippet for this task that installs this one (its record lists it).
  const host = c.snippets.find(
    (s) => s.task === task.id && s.framework !== framework.id && s.verification?.packages[framework.id],
  );
  const hostEntry = host && c.frameworks.find((f) => f.id === host.framework);
  if (hostEntry) return { state: 'within', framework, host: hostEntry };
  if (isRetired(framework.data.status.value)) return { state: 'retired', framework };
  const blocker = task.notRunHere?.[framework.id];
  return {
    state: 'missing',
    framework,
    ext: extensionOf(framework.id, c.snippets),
    ...(blocker ? { notRunHere: blocker } : {}),
  };
}

/**
 * A task page's cells split in two, to keep the page within its byte budget: the run snippets
 * (and the gaps) stay on /code/<task>/; snippets that were only parsed (Rust, Java, historical
 * releases) move to /code/<task>/parsed/, and their tab on the main page links there.
 */
export function splitParsed(
  cells: readonly CodeCell[],
  parsedPage: string,
): { main: CodeCell[]; parsed: CodeCell[] } {
  const isParsed = (c: CodeCell) => c.state === 'snippet' && c.run.kind !== 'ran';
  return {
    main: cells.map((c) =>
      c.state === 'snippet' && isParsed(c)
        ? { state: 'elsewhere', framework: c.framework, run: c.run, page: parsedPage }
        : c,
    ),
    parsed: cells.filter(isParsed),
  };
}

/** Every code framework's cell for one task, in column order. */
export function taskCells(c: CodeCatalogue, task: Task): CodeCell[] {
  // Frameworks with code anywhere, then those for which this task is marked not applicable, so
  // the reason is on the page ("can I train in LiteRT?" is answered where people look).
  const withCode = codeFrameworks(c);
  const excused = c.frameworks.filter((f) => !withCode.includes(f) && task.notApplicable?.[f.id]);
  return [...withCode, ...excused].map((f) => codeCell(c, task, f));
}

/**
 * The task × framework grid of /code/ and `npm run coverage`: every framework, those with code
 * first (in task-page order), then the others, still-developed ones before retired ones.
 */
export function coverageGrid(c: CodeCatalogue): {
  columns: FrameworkEntry[];
  rows: { task: Task; cells: CodeCell[] }[];
} {
  const withCode = codeFrameworks(c);
  const retired = (f: FrameworkEntry) => (isRetired(f.data.status.value) ? 1 : 0);
  const rest = c.frameworks
    .filter((f) => !withCode.includes(f))
    .sort(
      (a, b) =>
        retired(a) - retired(b) || a.data.name.localeCompare(b.data.name, 'en', { sensitivity: 'base' }),
    );
  const columns = [...withCode, ...rest];
  return {
    columns,
    rows: c.tasks.map((task) => ({ task, cells: columns.map((f) => codeCell(c, task, f)) })),
  };
}

/** A framework's cells for every task (its profile's code section); empty when it has no code. */
export function frameworkCode(c: CodeCatalogue, frameworkId: string): { task: Task; cell: CodeCell }[] {
  const framework = c.frameworks.find((f) => f.id === frameworkId);
  if (!framework || !c.snippets.some((s) => s.framework === frameworkId)) return [];
  return c.tasks.map((task) => ({ task, cell: codeCell(c, task, framework) }));
}

/** Tasks with a snippet in both frameworks (a pair page's code section). */
export function sharedTasks(c: CodeCatalogue, a: string, b: string): Task[] {
  const has = (fw: string, task: string) => c.snippets.some((s) => s.framework === fw && s.task === task);
  return c.tasks.filter((t) => has(a, t.id) && has(b, t.id));
}

/** Counts for the /code/ introduction. */
export function codeCounts(c: CodeCatalogue) {
  const ran = c.snippets.filter((s) => runStatus(s, c.historical).kind === 'ran').length;
  return { tasks: c.tasks.length, frameworks: codeFrameworks(c).length, snippets: c.snippets.length, ran };
}

/** GitHub's "new file" page for a missing snippet, with the path filled in. */
export function newSnippetUrl(
  repository: string,
  branch: string,
  contentDir: string,
  task: string,
  framework: string,
  ext: string,
): string {
  return `${repository}/new/${branch}/${contentDir}/snippets/${task}?filename=${encodeURIComponent(`${framework}.${ext}`)}`;
}

/** How each kind of cell is shown: a word and tone on /code/, a letter in `npm run coverage`. */
export const CELL_STATUS = {
  ran: { label: 'Runs', tone: 'tone-ok', letter: 'R' },
  parsed: { label: 'Parsed', tone: 'tone-info', letter: 'P' },
  historical: { label: 'Historical', tone: 'tone-info', letter: 'H' },
  missing: { label: 'Not yet', tone: 'tone-warn', letter: '-' },
  'not-run-here': { label: 'Not run here', tone: 'tone-warn', letter: '!' },
  'not-applicable': { label: 'n/a', tone: 'tone-neutral', letter: 'x' },
  within: { label: 'In another tab', tone: 'tone-info', letter: 'w' },
  retired: { label: 'Retired', tone: 'tone-neutral', letter: 'r' },
  elsewhere: { label: 'On another page', tone: 'tone-info', letter: 'e' },
} as const;

/**
 * The share of "not written yet" among the cells of active frameworks (issue: at most 10 %),
 * overall and per framework.
 */
export function notYetShare(grid: ReturnType<typeof coverageGrid>): {
  cells: number;
  missing: number;
  /** Of the missing ones, those that tasks.yaml says cannot be run on this machine. */
  notRunHere: number;
  byFramework: { id: string; cells: number; missing: number; notRunHere: number }[];
} {
  const byFramework = grid.columns
    .map((f, i) => ({ f, cells: grid.rows.map((r) => r.cells[i]) }))
    .filter(({ f }) => f.data.status.value === 'active')
    .map(({ f, cells }) => ({
      id: f.id,
      cells: cells.length,
      missing: cells.filter((c) => c.state === 'missing').length,
      notRunHere: cells.filter((c) => c.state === 'missing' && c.notRunHere).length,
    }));
  return {
    cells: byFramework.reduce((n, r) => n + r.cells, 0),
    missing: byFramework.reduce((n, r) => n + r.missing, 0),
    notRunHere: byFramework.reduce((n, r) => n + r.notRunHere, 0),
    byFramework,
  };
}

export function cellStatus(cell: CodeCell): (typeof CELL_STATUS)[keyof typeof CELL_STATUS] {
  if (cell.state === 'snippet') return CELL_STATUS[cell.run.kind];
  if (cell.state === 'missing' && cell.notRunHere) return CELL_STATUS['not-run-here'];
  return CELL_STATUS[cell.state];
}

/** A snippet's check in a few words, for lists ("runs, verified 2026-11-22"). */
export function runSummary(run: RunStatus): string {
  if (run.kind === 'ran') return `runs, verified ${run.date}`;
  if (run.kind === 'historical') return `historical, for ${run.release}`;
  return 'parsed, not run';
}

/** The coverage grid as a plain-text table (tasks down, frameworks across), for `npm run coverage`. */
export function formatCodeCoverage(grid: ReturnType<typeof coverageGrid>): string {
  const width = Math.max(4, ...grid.rows.map((r) => r.task.id.length));
  const heads = grid.columns.map((f) => f.id);
  const colWidth = heads.map((h) => Math.max(1, h.length));
  const line = (first: string, cells: string[]) =>
    [first.padEnd(width), ...cells.map((c, i) => c.padEnd(colWidth[i]))].join('  ').trimEnd();
  return [
    line('task', heads),
    ...grid.rows.map((r) =>
      line(
        r.task.id,
        r.cells.map((c) => cellStatus(c).letter),
      ),
    ),
  ].join('\n');
}
