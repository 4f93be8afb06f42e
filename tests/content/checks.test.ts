import { describe, expect, it } from 'vitest';
import { CHECKS, checkContent } from '../../src/lib/checks/index';
import { ContentDirError, readContent } from '../../src/lib/content/read';

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
  { fixture: 'tasks-not-run-here', check: 'tasks', file: 'tasks.yaml', field: 'tasks[1].notRunHere.alpha', line: 13 },
  { fixture: 'tasks-not-run-here', check: 'tasks', file: 'tasks.yaml', field: 'tasks[1].notRunHere.gamma', line: 14 },
  { fixture: 'snippet-not-run-here', check: 'snippet-files', file: 'snippets/define-mlp/alpha.py', field: '' },
  { fixture: 'snippet-syntax', check: 'snippet-syntax', file: 'snippets/define-mlp/alpha.py', field: '', line: 3 },
  { fixture: 'snippet-changed', check: 'snippet-verification', file: 'snippets/define-mlp/alpha.py', field: '' },
  { fixture: 'snippet-unverified', check: 'snippet-verification', file: 'snippets/define-mlp/alpha.py', field: '' },
  { fixture: 'registry-packages-unknown-id', check: 'registry-packages', file: 'registry-packages.yaml', field: 'beta', line: 4 },
  { fixture: 'registry-packages-missing', check: 'registry-packages', file: 'registry-packages.yaml', field: 'alpha' },
  { fixture: 'registry-packages-twice', check: 'registry-packages', file: 'registry-packages.yaml', field: 'alpha', line: 2 },
  { fixture: 'registry-packages-schema', check: 'schema', file: 'registry-packages.yaml', field: 'alpha', line: 2 },
  { fixture: 'changes-dangling-framework', check: 'changes', file: 'changes.yaml', field: 'changes[1].framework', line: 12 },
  { fixture: 'changes-unknown-field', check: 'changes', file: 'changes.yaml', field: 'changes[1].field', line: 13 },
  { fixture: 'changes-future-date', check: 'changes', file: 'changes.yaml', field: 'changes[1].date', line: 11 },
  { fixture: 'changes-out-of-order', check: 'changes', file: 'changes.yaml', field: 'changes[1].date', line: 11 },
  { fixture: 'changes-missing-reason', check: 'schema', file: 'changes.yaml', field: 'changes[1].reason', line: 11 },
  { fixture: 'compat-unknown-cuda', check: 'schema', file: 'compatibility/alpha.yaml', field: 'lines[0].accelerators[1].versions[0]', line: 26 },
  { fixture: 'compat-unknown-rocm', check: 'schema', file: 'compatibility/alpha.yaml', field: 'lines[0].accelerators[2].versions[0]', line: 31 },
  { fixture: 'compat-unknown-python', check: 'schema', file: 'compatibility/alpha.yaml', field: 'lines[0].python.value[1]', line: 14 },
  { fixture: 'compat-platform-typo', check: 'schema', file: 'compatibility/alpha.yaml', field: 'lines[0].platforms.value[0]', line: 17 },
  { fixture: 'compat-dates-order', check: 'compat-dates', file: 'compatibility/alpha.yaml', field: 'lines[0].released.value', line: 7 },
  { fixture: 'compat-install-unversioned', check: 'compat-install', file: 'compatibility/alpha.yaml', field: 'lines[0].install[0].command', line: 39 },
  { fixture: 'compat-unsourced', check: 'schema', file: 'compatibility/alpha.yaml', field: 'lines[0].released.sources', line: 6 },
  { fixture: 'compat-dangling-source', check: 'compat-references', file: 'compatibility/alpha.yaml', field: 'lines[0].accelerators[1].sources[0]', line: 28 },
  { fixture: 'compat-unknown-framework', check: 'compat-references', file: 'compatibility/alpha.yaml', field: 'framework', line: 2 },
  { fixture: 'guide-typed-fact', check: 'guide-facts', file: 'articles/guide.mdx', field: '', line: 13 },
  { fixture: 'guide-code', check: 'guide-code', file: 'articles/guide.mdx', field: '', line: 21 },
  { fixture: 'snippet-off-spec', check: 'snippet-verification', file: 'snippets/define-mlp/alpha.py', field: '' },
  { fixture: 'snippet-wrong-runtime', check: 'snippet-verification', file: 'snippets/define-mlp/alpha.py', field: '' },
  { fixture: 'concepts-missing-cell', check: 'concepts', file: 'concepts.yaml', field: 'concepts[0].cells', line: 5 },
  { fixture: 'concepts-syntax', check: 'concepts', file: 'concepts.yaml', field: 'concepts[0].cells.alpha.code', line: 7 },
  { fixture: 'defaults-unknown-framework', check: 'defaults', file: 'defaults.yaml', field: 'rows[0].cells.alfa', line: 14 },
  { fixture: 'defaults-missing-version', check: 'schema', file: 'defaults.yaml', field: 'rows[0].cells.alpha.version', line: 14 },
  { fixture: 'defaults-version-mismatch', check: 'defaults', file: 'defaults.yaml', field: 'rows[0].cells.alpha.version', line: 19 },
  { fixture: 'lineage-successor-loop', check: 'lineage-cycles', file: 'frameworks/beta.yaml', field: 'status.successor', line: 6 },
  { fixture: 'lineage-derived-loop', check: 'lineage-cycles', file: 'frameworks/alpha.yaml', field: 'relations[0].target', line: 35 },
  { fixture: 'same-framework-name', check: 'same-framework', file: 'frameworks/beta.yaml', field: 'name', line: 3 },
  { fixture: 'same-framework-alias', check: 'same-framework', file: 'frameworks/beta.yaml', field: 'aliases[1]', line: 4 },
  { fixture: 'same-framework-alias', check: 'same-framework', file: 'frameworks/beta.yaml', field: 'aliases[2]', line: 4 },
  { fixture: 'latest-before-first', check: 'date-order', file: 'frameworks/alpha.yaml', field: 'latestRelease.date', line: 11 },
  { fixture: 'latest-version-lower', check: 'date-order', file: 'frameworks/alpha.yaml', field: 'latestRelease.version', line: 11 },
  { fixture: 'status-before-first', check: 'date-order', file: 'frameworks/alpha.yaml', field: 'status.since', line: 6 },
  { fixture: 'history-out-of-order', check: 'date-order', file: 'frameworks/alpha.yaml', field: 'history[1].date', line: 41 },
  { fixture: 'history-newer-than-latest', check: 'date-order', file: 'frameworks/alpha.yaml', field: 'history[1].version', line: 41 },
  { fixture: 'read-before-event', check: 'date-order', file: 'frameworks/alpha.yaml', field: 'latestRelease.date', line: 11 },
  { fixture: 'read-after-verified', check: 'date-order', file: 'frameworks/alpha.yaml', field: 'sources[0].read', line: 47 },
  { fixture: 'cell-until-before-since', check: 'date-order', file: 'frameworks/alpha.yaml', field: 'hardware.cuda.until', line: 20 },
  { fixture: 'article-broken-link', check: 'article-links', file: 'articles/guide.mdx', field: '', line: 10 },
  { fixture: 'article-unknown-component-id', check: 'article-links', file: 'articles/guide.mdx', field: '<FrameworkLink id>', line: 10 },
  { fixture: 'article-front-matter-type', check: 'article-front-matter', file: 'articles/guide.mdx', field: 'frameworks', line: 5 },
  { fixture: 'article-front-matter-type', check: 'article-front-matter', file: 'articles/guide.mdx', field: 'draft', line: 6 },
  { fixture: 'article-impossible-date', check: 'article-front-matter', file: 'articles/guide.mdx', field: 'published', line: 4 },
  { fixture: 'article-future-date', check: 'article-front-matter', file: 'articles/guide.mdx', field: 'published', line: 4 },
  { fixture: 'article-updated-before-published', check: 'article-front-matter', file: 'articles/guide.mdx', field: 'updated', line: 5 },
  { fixture: 'interchange-file-name', check: 'interchange', file: 'interchange/pytorch--pte--onnx-runtime.json', field: 'source', line: 2 },
  { fixture: 'interchange-wrong-runtime', check: 'interchange', file: 'interchange/pytorch--onnx--litert.json', field: 'runtime', line: 4 },
  { fixture: 'interchange-over-tolerance', check: 'schema', file: 'interchange/pytorch--onnx--onnx-runtime.json', field: 'maxAbsDiff', line: 7 },
  { fixture: 'interchange-fails-without-error', check: 'schema', file: 'interchange/pytorch--onnx--onnx-runtime.json', field: 'error' },
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

  it('rejects a record of a Python snippet that says it ran on Node.js', async () => {
    const issues = (await run('snippet-wrong-runtime')).filter((i) => i.check === 'snippet-verification');
    expect(issues.map((i) => i.message)).toEqual([
      'tests/fixtures/checks/snippet-wrong-runtime/verification/define-mlp/alpha.json names the wrong runtime: a .py snippet runs on Python, so its record needs `python` (its version), not `node`',
    ]);
  });

  it('catches what the default YAML parser would silently roll over (2016-02-30 → 2016-03-01)', async () => {
    expect((await run('impossible-date')).some((i) => i.field === 'history[0].date')).toBe(true);
  });

  it('reports only the broken link of a guide, not its working ones or links inside code', async () => {
    const links = (await run('article-broken-link')).filter((i) => i.check === 'article-links');
    expect(links.map((i) => i.message)).toEqual([
      'The link /frameworks/not-a-framework/ leads to no page of the site',
    ]);
  });

  it('reports a loop once, naming the whole chain', async () => {
    const loops = (await run('lineage-successor-loop')).filter((i) => i.check === 'lineage-cycles');
    expect(loops).toHaveLength(1);
    expect(loops[0].message).toContain('alpha → beta → alpha');
  });
});

describe('the content folder (ATLAS_CONTENT_DIR)', () => {
  it('rejects an absolute path, naming it', () => {
    expect(() => readContent('.', '/tmp/atlas-content')).toThrow(ContentDirError);
    expect(() => readContent('.', '/tmp/atlas-content')).toThrow(/"\/tmp\/atlas-content" is an absolute path/);
  });
  it('rejects a folder that does not exist, naming the path it tried', () => {
    expect(() => readContent('.', 'tests/fixtures/checks/no-such-folder')).toThrow(
      /no-such-folder, which does not exist/,
    );
  });
  it('rejects a folder without frameworks/', () => {
    expect(() => readContent('.', 'tests/fixtures/checks/valid/snippets')).toThrow(/has no frameworks\/ folder/);
  });
  it('accepts a relative folder that has frameworks/', () => {
    expect(readContent('.', 'tests/fixtures/checks/valid').frameworks).toHaveLength(1);
  });
});

describe('guide checks', () => {
  it('guide-facts flags the typed version and month, not the rendered release or Python 3.12', async () => {
    const found = (await run('guide-typed-fact')).filter((i) => i.check === 'guide-facts');
    expect(found.map((i) => i.message.match(/"([^"]+)"/)?.[1]).sort()).toEqual(['1.0', 'October 2026']);
    expect(found.every((i) => i.line === 13)).toBe(true);
    expect(found.find((i) => i.message.includes('"1.0"'))!.fix).toContain('<Release id="alpha" part="version" />');
  });

  it('guide-code reports only the broken block', async () => {
    const found = (await run('guide-code')).filter((i) => i.check === 'guide-code');
    expect(found).toHaveLength(1);
  });
});
