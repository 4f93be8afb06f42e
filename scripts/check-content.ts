// Checks every content file (or only the files named on the command line) and prints each
// problem with its file, line, field and fix. Exit code 1 when anything is wrong.
// Run: npm run check:content [-- content/frameworks/jax.yaml ...]
import { resolve } from 'node:path';
import { checkContent, formatIssues } from '../src/lib/checks/index.ts';
import { readContent } from '../src/lib/content/read.ts';
import { SITE } from '../src/site.config.ts';

const root = resolve(import.meta.dirname, '..');
const only = process.argv.slice(2).map((p) => p.replace(/^\.\//, ''));
const content = readContent(root, SITE.contentDir);
const { frameworks, issues } = await checkContent(content);
const shown = only.length ? issues.filter((i) => only.some((o) => i.file.endsWith(o))) : issues;

if (shown.length) {
  console.error(formatIssues(shown));
  console.error(`\n${shown.length} problem(s) in ${new Set(shown.map((i) => i.file)).size} file(s).`);
  process.exit(1);
}
console.log(`Content OK: ${frameworks.length} framework file(s), ${content.articles.length} article(s).`);
