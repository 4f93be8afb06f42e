// `npm run coverage`: frameworks × field groups, with the number of "unknown" cells and of
// missing optional facts ("u/m") in each, and the facts without a source (always 0 while the
// schema holds). Then the code: tasks × frameworks with what exists for each. Exit code 1 if any
// fact is unsourced or any content file is invalid.
import { resolve } from 'node:path';
import { checkContent, formatIssues } from '../src/lib/checks/index.ts';
import yaml from 'js-yaml';
import { readContent } from '../src/lib/content/read.ts';
import {
  coverageGrid,
  formatCodeCoverage,
  historicalReleases,
  notYetShare,
} from '../src/lib/snippets/catalogue.ts';
import { snippetEntries } from '../src/lib/snippets/entries.ts';
import type { TasksFile } from '../src/schemas/code.ts';
import { coverageReport, formatCoverage } from '../src/lib/coverage.ts';
import { SITE } from '../src/site.config.ts';

const content = readContent(resolve(import.meta.dirname, '..'), SITE.contentDir);
const { frameworks, issues } = await checkContent(content);
if (issues.length) {
  console.error(formatIssues(issues));
  process.exit(1);
}
const rows = coverageReport(frameworks.map((f) => ({ id: f.stem, data: f.data! })));
console.log('Coverage: each group shows u/m = unknown cells / missing optional facts.\n');
console.log(formatCoverage(rows));
const unsourced = rows.reduce((s, r) => s + r.unsourced, 0);
console.log(
  `\n${rows.length} frameworks; ${rows.reduce((s, r) => s + r.unknown, 0)} unknown cells; ${rows.reduce((s, r) => s + r.missing, 0)} missing optional facts; ${unsourced} unsourced facts.`,
);

// Code: the same grid as /code/ (the checks above have validated every file it reads).
const entries = frameworks.map((f) => ({ id: f.stem, data: f.data! }));
const tasksFile = content.code.tasks
  ? (yaml.load(content.code.tasks.text) as TasksFile)
  : { tasks: [], historical: [] };
const snippets = snippetEntries(content.code);
const grid = coverageGrid({
  frameworks: entries,
  tasks: [...tasksFile.tasks].sort((a, b) => a.order - b.order),
  snippets,
  historical: historicalReleases(entries, tasksFile.historical ?? []),
});
console.log(
  '\nCode: R runs (verified), P parsed only, H historical (parsed), w written with it in another framework’s code, r retired (no new snippets), - not written yet, ! not run here (cannot be verified on this CPU machine), x not applicable.\n',
);
console.log(formatCodeCoverage(grid));
const missing = grid.rows.reduce((n, r) => n + r.cells.filter((c) => c.state === 'missing').length, 0);
console.log(
  `\n${grid.rows.length} tasks × ${grid.columns.length} frameworks; ${snippets.length} snippets; ${missing} not written yet.`,
);
const share = notYetShare(grid);
const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '0.0');
console.log(
  `Active frameworks: ${share.missing} of ${share.cells} cells not written yet (${pct(share.missing, share.cells)} %; the goal is at most 10 %).`,
);
for (const r of share.byFramework.filter((x) => x.missing > 0))
  console.log(
    `  ${r.id.padEnd(18)} ${r.missing} of ${r.cells} not yet` +
      (r.notRunHere ? ` (${r.notRunHere} cannot be run here)` : ''),
  );
for (const { task, cells } of grid.rows)
  for (const c of cells)
    if (c.state === 'missing' && c.notRunHere)
      console.log(`    ${task.id}/${c.framework.id}: ${c.notRunHere}`);
process.exit(unsourced ? 1 : 0);
