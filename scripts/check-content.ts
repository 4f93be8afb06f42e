// Checks every content file (or only the files named on the command line) and prints each
// problem with its file, line, field and fix. Exit code 1 when anything is wrong.
// Run: npm run check:content [-- content/frameworks/jax.yaml ...]
import { resolve } from 'node:path';
import { checkContent, formatIssues } from '../src/lib/checks/index.ts';
import { ContentDirError, readContent } from '../src/lib/content/read.ts';
import { SITE } from '../src/site.config.ts';

const root = resolve(import.meta.dirname, '..');
const only = process.argv.slice(2).map((p) => p.replace(/^\.\//, ''));
let content: ReturnType<typeof readContent>;
try {
  content = readContent(root, SITE.contentDir);
} catch (err) {
  if (!(err instanceof ContentDirError)) throw err;
  console.error(err.message);
  process.exit(1);
}
if (content.frameworks.length === 0) {
  console.error(
    `No framework files in ${SITE.contentDir}/frameworks/: the site would be empty. Add <id>.yaml files (copy content/frameworks/_template.yaml) or point ATLAS_CONTENT_DIR at a content folder that has them.`,
  );
  process.exit(1);
}
const { frameworks, issues } = await checkContent(content);
const shown = only.length ? issues.filter((i) => only.some((o) => i.file.endsWith(o))) : issues;

if (shown.length) {
  console.error(formatIssues(shown));
  console.error(`\n${shown.length} problem(s) in ${new Set(shown.map((i) => i.file)).size} file(s).`);
  process.exit(1);
}
console.log(`Content OK: ${frameworks.length} framework file(s), ${content.articles.length} article(s).`);
