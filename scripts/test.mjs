// `npm test`: every tier, then one closing line "N passed, N failed" for CI.
//   1. the content checks (fast, with readable errors)
//   2. a strict production build (scripts/build.mjs), then lint (ESLint and Prettier) and
//      `astro check` (types); both need the types the build generates in .astro/
//   3. Vitest: unit, content, components and build tiers
//   4. Playwright e2e in Chromium against `astro preview`
// Tiers after a failed build still run where they can, so one run shows everything wrong.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findBrowser } from './lib/browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (pkg, file) => fileURLToPath(new URL(`../node_modules/${pkg}/${file}`, import.meta.url));
const total = { passed: 0, failed: 0, skipped: 0 };
const timings = [];

function run(label, args, env = {}) {
  const start = Date.now();
  console.log(`\n=== ${label} ===`);
  const r = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  timings.push(`${label} ${((Date.now() - start) / 1000).toFixed(1)} s`);
  return r.status === 0;
}

/** Adds a runner's counts; a runner that failed without reporting a failed test still counts one. */
function addSummary(file, runnerOk) {
  const c = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { passed: 0, failed: 0, skipped: 0 };
  total.passed += c.passed;
  total.failed += c.failed || (runnerOk && existsSync(file) ? 0 : 1);
  total.skipped += c.skipped;
}

rmSync(`${root}/reports/vitest-summary.json`, { force: true });
rmSync(`${root}/reports/playwright-summary.json`, { force: true });

// 1. Content checks count as one test: they are also covered per check in the content tier.
if (run('content checks', ['scripts/check-content.ts'])) total.passed++;
else total.failed++;

// 2. Build.
const built = run('build', ['scripts/build.mjs']);
if (built) total.passed++;
else total.failed++;

// Lint: ESLint with type-aware rules, then Prettier in check mode (tooling decides style).
if (run('lint (ESLint)', [bin('eslint', 'bin/eslint.js'), '.'])) total.passed++;
else total.failed++;
if (run('format (Prettier --check)', [bin('prettier', 'bin/prettier.cjs'), '--check', '.'])) total.passed++;
else total.failed++;

// Types: astro check over .astro, .ts and the tests (TypeScript 6: 7 is not supported by it).
if (run('types (astro check)', [bin('astro', 'bin/astro.mjs'), 'check'])) total.passed++;
else total.failed++;

// 3. Vitest (the build tier fails on its own if dist/ is missing).
const vitestOk = run('vitest', [bin('vitest', 'vitest.mjs'), 'run']);
addSummary(`${root}/reports/vitest-summary.json`, vitestOk);

// 4. Playwright needs the build and a browser.
if (!built) {
  console.log('\n=== e2e skipped: the build failed ===');
  total.failed++;
} else {
  let browser;
  try {
    browser = await findBrowser();
    console.log(`\nBrowser: ${browser.path} (${browser.origin})`);
  } catch (err) {
    console.error(`\n${err.message}`);
    total.failed++;
  }
  if (browser) {
    const ok = run('e2e (Playwright)', [bin('@playwright/test', 'cli.js'), 'test'], {
      CHROME_PATH: browser.path,
      CHROME_ARGS: JSON.stringify(browser.args),
    });
    addSummary(`${root}/reports/playwright-summary.json`, ok);
  }
}

console.log(`\nTimings: ${timings.join(', ')}`);
console.log(
  `${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`,
);
process.exit(total.failed > 0 ? 1 : 0);
