// `npm run coverage`: frameworks × field groups, with the number of "unknown" cells and of
// missing optional facts ("u/m") in each, and the facts without a source (always 0 while the
// schema holds). Exit code 1 if any fact is unsourced or any content file is invalid.
import { resolve } from 'node:path';
import { checkContent, formatIssues } from '../src/lib/checks/index.ts';
import { readContent } from '../src/lib/content/read.ts';
import { coverageReport, formatCoverage } from '../src/lib/coverage.ts';
import { SITE } from '../src/site.config.ts';

const { frameworks, issues } = await checkContent(readContent(resolve(import.meta.dirname, '..'), SITE.contentDir));
if (issues.length) {
  console.error(formatIssues(issues));
  process.exit(1);
}
const rows = coverageReport(frameworks.map((f) => ({ id: f.stem, data: f.data! })));
console.log('Coverage: each group shows u/m = unknown cells / missing optional facts.\n');
console.log(formatCoverage(rows));
const unsourced = rows.reduce((s, r) => s + r.unsourced, 0);
console.log(`\n${rows.length} frameworks; ${rows.reduce((s, r) => s + r.unknown, 0)} unknown cells; ${rows.reduce((s, r) => s + r.missing, 0)} missing optional facts; ${unsourced} unsourced facts.`);
process.exit(unsourced ? 1 : 0);
