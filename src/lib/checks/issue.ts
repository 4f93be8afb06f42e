/** One problem found in a content file, phrased so a contributor can fix it without reading code. */
export interface ContentIssue {
  /** Name of the check that found it, e.g. "source-refs". */
  check: string;
  /** Path relative to the project root, e.g. "content/frameworks/jax.yaml". */
  file: string;
  /** 1-based line of the field when it could be located. */
  line?: number;
  /** Dotted field path, e.g. "hardware.cuda.sources[0]"; empty for the whole file. */
  field: string;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix: string;
}

/** Formats issues as "file:line › field: message\n    fix: …" lines, one block per issue. */
export function formatIssues(issues: readonly ContentIssue[]): string {
  return issues
    .map((i) => {
      const where = i.line ? `${i.file}:${i.line}` : i.file;
      const field = i.field ? ` › ${i.field}` : '';
      return `${where}${field}: ${i.message} [${i.check}]\n    fix: ${i.fix}`;
    })
    .join('\n');
}

/** Turns a Zod-style path into "a.b[0].c". */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}
