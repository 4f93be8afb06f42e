import { describe, expect, it } from 'vitest';
import {
  cellStatus,
  codeFrameworks,
  coverageGrid,
  formatCodeCoverage,
  frameworkCode,
  newSnippetUrl,
  notYetShare,
  runStatus,
  sharedTasks,
  taskCells,
  type CodeCatalogue,
} from '../../../../src/lib/snippets/catalogue';
import type { SnippetEntry, Task } from '../../../../src/schemas/code';
import { makeFramework } from '../../../helpers/factory';

const task = (id: string, order: number, notApplicable?: Record<string, string>): Task => ({
  id,
  title: id,
  summary: `${id} summary for the test`,
  order,
  notApplicable,
});
const snippet = (
  t: string,
  framework: string,
  ext: SnippetEntry['ext'] = 'py',
  ran = true,
): SnippetEntry => ({
  task: t,
  framework,
  ext,
  file: `content/snippets/${t}/${framework}.${ext}`,
  code: 'print(1)\n',
  verification: ran
    ? {
        snippet: '',
        sha256: 'a'.repeat(64),
        result: 'passed',
        seconds: 2.5,
        verifiedAt: '2026-11-20',
        python: '3.11.7',
        platform: 'Linux x86_64',
        packages: { torch: '2.13.0' },
        output: '',
      }
    : undefined,
});

const catalogue: CodeCatalogue = {
  frameworks: ['alpha', 'beta', 'gamma', 'oldie', 'nocode'].map((id) => makeFramework(id)),
  tasks: [task('mlp', 1), task('export', 2, { beta: 'Beta has no export format.' })],
  snippets: [
    snippet('mlp', 'alpha'),
    snippet('export', 'alpha'),
    snippet('mlp', 'beta'),
    snippet('mlp', 'gamma', 'js', false),
    snippet('mlp', 'oldie', 'py', false),
  ],
  historical: { oldie: { release: '1.0', date: '2017-12' } },
};

describe('code catalogue', () => {
  it('lists frameworks with code only: most snippets first, then by name, historical last', () => {
    expect(codeFrameworks(catalogue).map((f) => f.id)).toEqual(['alpha', 'beta', 'gamma', 'oldie']);
  });

  it('gives every cell an honest state: snippet, not applicable with its reason, or not written yet in the framework’s language', () => {
    const cells = taskCells(catalogue, catalogue.tasks[1]);
    expect(cells.map((c) => c.state)).toEqual(['snippet', 'not-applicable', 'missing', 'missing']);
    expect(cells[1]).toMatchObject({ reason: 'Beta has no export format.' });
    expect(cells[2]).toMatchObject({ ext: 'js' });
  });

  it('says how far each snippet was checked', () => {
    expect(runStatus(catalogue.snippets[0], catalogue.historical)).toMatchObject({
      kind: 'ran',
      packages: [['torch', '2.13.0']],
      runtime: 'Python 3.11.7',
      date: '2026-11-20',
    });
    expect(runStatus(catalogue.snippets[3], catalogue.historical)).toMatchObject({
      kind: 'parsed',
      language: 'JavaScript',
      parser: 'acorn',
    });
    expect(runStatus(catalogue.snippets[4], catalogue.historical)).toMatchObject({
      kind: 'historical',
      release: '1.0',
    });
  });

  it('names the runtime a JavaScript record ran on: Node.js, not Python', () => {
    const ran = snippet('mlp', 'gamma', 'js');
    const rest = { ...ran.verification! } as Partial<NonNullable<typeof ran.verification>>;
    delete rest.python;
    const js = {
      ...ran,
      verification: { ...rest, node: '24.21.0', packages: { '@tensorflow/tfjs': '4.22.0' } },
    };
    expect(runStatus(js as SnippetEntry, {})).toMatchObject({
      kind: 'ran',
      runtime: 'Node.js 24.21.0',
      packages: [['@tensorflow/tfjs', '4.22.0']],
    });
  });

  it('builds the coverage grid, a profile’s list and a pair’s shared tasks', () => {
    const grid = coverageGrid(catalogue);
    // Every framework is a column, those without code last.
    expect(grid.columns.map((f) => f.id)).toEqual(['alpha', 'beta', 'gamma', 'oldie', 'nocode']);
    expect(grid.rows.map((r) => r.cells.length)).toEqual([5, 5]);
    expect(frameworkCode(catalogue, 'nocode')).toEqual([]);
    expect(frameworkCode(catalogue, 'beta').map((i) => i.cell.state)).toEqual(['snippet', 'not-applicable']);
    expect(sharedTasks(catalogue, 'alpha', 'beta').map((t) => t.id)).toEqual(['mlp']);
    expect(sharedTasks(catalogue, 'beta', 'nocode')).toEqual([]);
  });

  it('links a missing snippet to GitHub’s new-file page with the path filled in', () => {
    expect(newSnippetUrl('https://github.com/o/r', 'main', 'content', 'mlp', 'beta', 'py')).toBe(
      'https://github.com/o/r/new/main/content/snippets/mlp?filename=beta.py',
    );
  });

  it('prints the grid for the terminal, one letter per cell', () => {
    expect(formatCodeCoverage(coverageGrid(catalogue)).split('\n')).toEqual([
      'task    alpha  beta  gamma  oldie  nocode',
      'mlp     R      R     P      H      -',
      'export  R      x     -      -      -',
    ]);
  });

  it('points a framework to the code written with it, and marks retired frameworks, in the grid', () => {
    const host = snippet('mlp', 'alpha');
    host.verification!.packages = { alpha: '1.0', lib: '0.1' };
    const c: CodeCatalogue = {
      frameworks: [
        makeFramework('alpha'),
        makeFramework('lib'),
        makeFramework('gone', {
          status: { value: 'superseded', since: '2018-01-01', successor: 'alpha', sources: [] },
        } as never),
      ],
      tasks: [task('mlp', 1)],
      snippets: [host],
      historical: {},
    };
    const grid = coverageGrid(c);
    expect(grid.columns.map((f) => f.id)).toEqual(['alpha', 'lib', 'gone']);
    expect(grid.rows[0].cells.map((x) => x.state)).toEqual(['snippet', 'within', 'retired']);
    expect(notYetShare(grid)).toMatchObject({ cells: 2, missing: 0 });
  });

  it('keeps a cell that cannot run here "not yet", with its reason, in the grid, the share and the terminal', () => {
    const c: CodeCatalogue = {
      ...catalogue,
      tasks: [{ ...task('export', 2), notRunHere: { gamma: 'Gamma exports only on a GPU.' } }],
    };
    const grid = coverageGrid(c);
    const gamma = grid.rows[0].cells.find((x) => x.framework.id === 'gamma')!;
    expect(gamma).toMatchObject({ state: 'missing', notRunHere: 'Gamma exports only on a GPU.' });
    expect(cellStatus(gamma).label).toBe('Not run here');
    expect(formatCodeCoverage(grid).split('\n')[1]).toBe('export  R      -     !      -      -');
    expect(notYetShare(grid)).toMatchObject({ missing: 4, notRunHere: 1 });
  });
});
