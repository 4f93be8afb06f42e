// The page types the benchmark measures, each with its budgets (from the quality-gate issue).
// `path` may be a function of the dist/ folder when the example page is picked from what exists.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** First sub-folder of dist/<dir> whose name matches, as a site path; undefined when none. */
function firstPage(dist, dir, pattern = /.*/) {
  const base = join(dist, dir);
  if (!existsSync(base)) return undefined;
  const name = readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory() && pattern.test(d.name))
    .map((d) => d.name)
    .sort()[0];
  return name ? `/${dir}/${name}/` : undefined;
}

/**
 * The sub-folder of dist/<dir> whose index.html is largest compressed, as a site path: the
 * heaviest page of a kind, which is the one a budget must hold for. Undefined when none.
 */
function heaviestPage(dist, dir) {
  const base = join(dist, dir);
  if (!existsSync(base)) return undefined;
  let best;
  for (const d of readdirSync(base, { withFileTypes: true })) {
    const file = join(base, d.name, 'index.html');
    if (!d.isDirectory() || !existsSync(file)) continue;
    const size = gzipSync(readFileSync(file)).length;
    if (!best || size > best.size) best = { name: d.name, size };
  }
  return best ? `/${dir}/${best.name}/` : undefined;
}

const KB = 1024;

/** Budgets in compressed (gzip) bytes; null means no budget of that kind for the type. */
export const PAGE_TYPES = [
  { id: 'home', path: () => '/', jsBudget: 5 * KB, totalBudget: null },
  { id: 'profile', path: () => '/frameworks/pytorch/', jsBudget: 5 * KB, totalBudget: 30 * KB },
  {
    id: 'compare',
    path: (dist) => (existsSync(join(dist, 'compare/index.html')) ? '/compare/' : undefined),
    jsBudget: 8 * KB,
    totalBudget: null,
  },
  { id: 'pair', path: (dist) => firstPage(dist, 'compare', /-vs-/), jsBudget: 5 * KB, totalBudget: null },
  // The heaviest task page (most tabs and longest snippets), picked by its compressed size.
  {
    id: 'code task',
    path: (dist) => heaviestPage(dist, 'code'),
    jsBudget: 5 * KB,
    totalBudget: 30 * KB,
  },
  {
    id: 'concepts',
    path: (dist) => (existsSync(join(dist, 'concepts/index.html')) ? '/concepts/' : undefined),
    jsBudget: 5 * KB,
    totalBudget: null,
  },
  { id: 'guide', path: (dist) => firstPage(dist, 'guides'), jsBudget: 5 * KB, totalBudget: 30 * KB },
  {
    id: 'choose',
    path: (dist) => (existsSync(join(dist, 'choose/index.html')) ? '/choose/' : undefined),
    jsBudget: 5 * KB,
    totalBudget: null,
  },
  // The resolver with a question already in the URL, as a shared link opens it.
  {
    id: 'compatibility',
    path: (dist) =>
      existsSync(join(dist, 'compatibility/index.html'))
        ? '/compatibility/?fw=pytorch,jax&py=3.12&on=windows-x86_64&acc=cuda-12'
        : undefined,
    jsBudget: 5 * KB,
    totalBudget: null,
  },
  {
    id: 'version table',
    path: (dist) =>
      existsSync(join(dist, 'frameworks/pytorch/versions/index.html'))
        ? '/frameworks/pytorch/versions/'
        : undefined,
    jsBudget: 5 * KB,
    totalBudget: 30 * KB,
  },
  {
    id: 'changes',
    path: (dist) => (existsSync(join(dist, 'changes/index.html')) ? '/changes/' : undefined),
    jsBudget: 5 * KB,
    totalBudget: null,
  },
  // Pagefind's own files are exempt; the page's own script still has the 5 KB budget.
  {
    id: 'search',
    path: () => '/search/?q=pytorch',
    jsBudget: 5 * KB,
    totalBudget: null,
    exemptJs: /\/pagefind\//,
  },
];

/** Lighthouse category scores every page type must reach (0–1) and the TBT ceiling in ms. */
export const LIGHTHOUSE_BUDGET = {
  performance: 1,
  accessibility: 1,
  'best-practices': 1,
  seo: 1,
  totalBlockingTimeMs: 0,
};
