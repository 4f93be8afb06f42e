import { describe, expect, it } from 'vitest';
import { CHECKS, checkContent } from '../../src/lib/checks/index';
import { readContent } from '../../src/lib/content/read';

const TODAY = '2026-11-22';
const run = async (fixture: string) => (await checkContent(readContent('.', `tests/fixtures/checks/${fixture}`), TODAY)).issues;

/** Each fixture breaks one rule; the report must name the check, the file, the field and a fix. */
const CASES: { fixture: string; check: string; file: string; field: string; line?: number }[] = [
  { fixture: 'syntax', check: 'syntax', file: 'frameworks/alpha.yaml', field: '', line: 19 },
  { fixture: 'missing-field', check: 'schema', file: 'frameworks/alpha.yaml', field: 'licence' },
  { fixture: 'bad-vocabulary', check: 'schema', file: 'frameworks/alpha.yaml', field: 'kind', line: 4 },
  { fixture: 'partial-without-note', check: 'schema', file: 'frameworks/alpha.yaml', field: 'hardware.cuda.note', line: 20 },
  { fixture: 'unsourced-fact', check: 'schema', file: 'frameworks/alpha.yaml', field: 'hardware.cpu.sources', line: 19 },
  { fixture: 'superseded-without-successor', check: 'schema', file: 'frameworks/alpha.yaml', field: 'status.successor' },
  { fixture: 'impossible-date', check: 'schema', file: 'frameworks/alpha.yaml', field: 'history[0].date', line: 40 },
  { fixture: 'file-name-mismatch', check: 'file-name', file: 'frameworks/alpha.yaml', field: 'id', line: 2 },
  { fixture: 'file-name-not-kebab', check: 'file-name', file: 'frameworks/Alpha_Net.yaml', field: '' },
  { fixture: 'duplicate-ids', check: 'duplicate-ids', file: 'frameworks/alpha.yml', field: 'id' },
  { fixture: 'source-refs', check: 'source-refs', file: 'frameworks/alpha.yaml', field: 'licence.sources[0]', line: 12 },
  { fixture: 'unused-sources', check: 'unused-sources', file: 'frameworks/alpha.yaml', field: 'sources[1].id', line: 48 },
  { fixture: 'future-date', check: 'dates', file: 'frameworks/alpha.yaml', field: 'latestRelease.date', line: 11 },
  { fixture: 'http-url', check: 'https-only', file: 'frameworks/alpha.yaml', field: 'sources[0].url', line: 45 },
  { fixture: 'dangling-successor', check: 'references', file: 'frameworks/alpha.yaml', field: 'status.successor', line: 6 },
  { fixture: 'dangling-relation', check: 'references', file: 'frameworks/alpha.yaml', field: 'relations[0].target', line: 42 },
  { fixture: 'dangling-article-reference', check: 'references', file: 'articles/guide.mdx', field: 'frameworks[1]', line: 5 },
  { fixture: 'tasks-schema', check: 'schema', file: 'tasks.yaml', field: 'tasks[1].summary' },
  { fixture: 'tasks-duplicate-id', check: 'tasks', file: 'tasks.yaml', field: 'tasks[2].id', line: 12 },
  { fixture: 'snippet-unknown-task', check: 'snippet-files', file: 'snippets/defne-mlp/alpha.js', field: '' },
  { fixture: 'snippet-syntax', check: 'snippet-syntax', file: 'snippets/define-mlp/alpha.py', field: '', line: 3 },
  { fixture: 'snippet-changed', check: 'snippet-verification', file: 'snippets/define-mlp/alpha.py', field: '' },
  { fixture: 'snippet-unverified', check: 'snippet-verification', file: 'snippets/define-mlp/alpha.py', field: '' },
  { fixture: 'snippet-off-spec', check: 'snippet-verification', file: 'snippets/define-mlp/alpha.py', field: '' },
  { fixture: 'concepts-missing-cell', check: 'concepts', file: 'concepts.yaml', field: 'concepts[0].cells', line: 5 },
];

describe('content checks on fixtures', () => {
  it('pass the valid fixture', async () => expect(await run('valid')).toEqual([]));

  it.each(CASES)('$fixture fails with $check at $file › $field', async ({ fixture, check, file, field, line }) => {
    const issues = await run(fixture);
    const issue = issues.find((i) => i.check === check && i.file.endsWith(file) && i.field === field);
    expect(issue, `issues were:\n${JSON.stringify(issues, null, 2)}`).toBeDefined();
    expect(issue!.fix.length).toBeGreaterThan(10);
    if (line) expect(issue!.line).toBe(line);
  });

  it('has a fixture for every check', () => {
    const covered = new Set(CASES.map((c) => c.check));
    expect(CHECKS.map((c) => c.name).filter((n) => !covered.has(n))).toEqual([]);
  });

  it('names task, framework, key, expected and got when a recorded value is off its spec', async () => {
    const issues = (await run('snippet-off-spec')).filter((i) => i.check === 'snippet-verification');
    expect(issues.map((i) => i.message)).toEqual([
      'Off spec: define-mlp/alpha: params expected 1539, got 1600 (tests/fixtures/checks/snippet-off-spec/verification/define-mlp/alpha.json)',
    ]);
  });

  it('catches what the default YAML parser would silently roll over (2016-02-30 → 2016-03-01)', async () => {
    expect((await run('impossible-date')).some((i) => i.field === 'history[0].date')).toBe(true);
  });
});
