// `npm run bench`: builds the site, serves dist/ with gzip, and measures per page type the
// compressed bytes of HTML, CSS and JS, the request count, the DOM size, and Lighthouse (mobile)
// scores and metrics (median of 3 runs) in Chromium; then the build time and cost per page, and a
// scale run that builds 1 000 synthetic frameworks. Writes reports/bench.{json,md}, prints the
// Markdown, and exits 1 when a budget is missed. Not part of `npm test`: it measures, it does not test.
//
// Options: --runs N (Lighthouse runs per page, default 3), --skip-scale, --skip-lighthouse, --only ID,
// --cpu-slowdown N|auto (Lighthouse's simulated CPU slowdown; auto calibrates it, see lib/cpu-slowdown.mjs)
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { findBrowser } from './lib/browser.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { LIGHTHOUSE_BUDGET, PAGE_TYPES } from './lib/page-types.mjs';
import { generateFrameworks } from './lib/synthetic.mjs';
import { cpuSlowdownFor } from './lib/cpu-slowdown.mjs';
import { firstFrames } from './lib/trace.mjs';
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'skip-scale': { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
    only: { type: 'string' },
    'cpu-slowdown': { type: 'string', default: 'auto' },
  },
});
const RUNS = Number(opts.runs);
const failures = [];
const kb = (n) => (n / 1024).toFixed(1);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs the strict build into `outDir` with optional content folder; returns seconds and page count. */
function build(outDir, env = {}) {
  const start = performance.now();
  const r = spawnSync(process.execPath, ['scripts/build.mjs', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - start) / 1000;
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
  const pages = countHtml(outDir);
  return { seconds, pages, msPerPage: (seconds * 1000) / pages };
}

function countHtml(dir) {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) n += e.name === 'pagefind' || e.name === '_astro' ? 0 : countHtml(join(dir, e.name));
    else if (e.name.endsWith('.html')) n++;
  }
  return n;
}

/** Transferred bytes by kind, request count and DOM size of one page load. */
async function measurePage(browser, url, exemptJs) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const requests = [];
  page.on('requestfinished', (req) => requests.push(req));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  const bytes = { html: 0, css: 0, js: 0, exemptJs: 0, other: 0 };
  for (const req of requests) {
    const { responseBodySize } = await req.sizes();
    const type = req.resourceType();
    if (type === 'document') bytes.html += responseBodySize;
    else if (type === 'stylesheet') bytes.css += responseBodySize;
    else if (type === 'script') bytes[exemptJs?.test(req.url()) ? 'exemptJs' : 'js'] += responseBodySize;
    else bytes.other += responseBodySize;
  }
  const domSize = await page.evaluate(() => document.querySelectorAll('*').length);
  await context.close();
  return { bytes, requests: requests.length, domSize };
}

/** In the page: tick and untick kind and status filters 12 times, timing each change (see filterLatency). */
async function clickFilters() {
  const boxes = [
    ...document.querySelectorAll('atlas-compare input[name="kind"], atlas-compare input[name="status"]'),
  ];
  const out = [];
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  await frame();
  for (let i = 0; i < 12; i++) {
    const box = boxes[i % boxes.length];
    performance.mark('atlas-filter-click');
    const t0 = performance.now();
    box.click();
    const t1 = performance.now();
    void document.body.offsetHeight; // style and layout, forced now so they can be timed
    const t2 = performance.now();
    await frame();
    const t3 = performance.now();
    // Rows beyond the first frame's share are added frame by frame (data-busy meanwhile).
    while ('busy' in document.querySelector('atlas-compare').dataset) await frame();
    out.push({ script: t1 - t0, update: t2 - t0, frame: t3 - t0, complete: performance.now() - t0 });
  }
  return out;
}

/**
 * Filter latency on /compare/: tick and untick filters and time (a) the script's own work, (b)
 * with the style and layout it causes, (c) the time until the next frame has been painted and
 * (d) until every row is in. Then the same clicks again under a trace, for the main thread's whole
 * work for the first frame, paint included (tracing slows the page, so (a)–(d) come from an
 * untraced run). Medians of 12 changes.
 */
async function filterLatency(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.evaluate(() => customElements.whenDefined('atlas-compare'));
  const rows = Number(await page.locator('atlas-compare').getAttribute('data-total'));
  const rendered = await page.locator('table.compare tbody tr').count();
  const samples = await page.evaluate(clickFilters);
  const tracePath = join(mkdtempSync(join(tmpdir(), 'atlas-trace-')), 'trace.json');
  await browser.startTracing(page, {
    path: tracePath,
    categories: ['toplevel', 'devtools.timeline', 'blink.user_timing'],
  });
  await page.evaluate(clickFilters);
  await browser.stopTracing();
  const frames = firstFrames(JSON.parse(readFileSync(tracePath, 'utf8')).traceEvents, 'atlas-filter-click');
  rmSync(tracePath, { force: true });
  await context.close();
  return {
    rows,
    rendered,
    scriptMs: median(samples.map((s) => s.script)),
    updateMs: median(samples.map((s) => s.update)),
    toPaintMs: median(samples.map((s) => s.frame)),
    completeMs: median(samples.map((s) => s.complete)),
    firstFrameMs: frames.length ? median(frames.map((f) => f.busy)) : undefined,
    paintMs: frames.length ? median(frames.map((f) => f.paint)) : undefined,
  };
}

/**
 * One Lighthouse run (mobile, simulated throttling) as parsed JSON. Spawned asynchronously:
 * the static server lives in this process, and a synchronous spawn would stop it answering.
 */
async function lighthouse(url, browserPath, cpuSlowdown) {
  const out = join(mkdtempSync(join(tmpdir(), 'atlas-lh-')), 'report.json');
  const args = [
    join(root, 'node_modules/lighthouse/cli/index.js'),
    url,
    '--output=json',
    `--output-path=${out}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
    '--quiet',
  ];
  if (cpuSlowdown !== undefined) args.push(`--throttling.cpuSlowdownMultiplier=${cpuSlowdown}`);
  const code = await new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: browserPath },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('close', resolve);
  });
  if (code !== 0) throw new Error(`lighthouse failed for ${url} (exit ${code})`);
  const json = JSON.parse(readFileSync(out, 'utf8'));
  rmSync(out, { force: true });
  return {
    scores: Object.fromEntries(Object.entries(json.categories).map(([k, v]) => [k, v.score])),
    fcp: json.audits['first-contentful-paint'].numericValue,
    lcp: json.audits['largest-contentful-paint'].numericValue,
    tbt: json.audits['total-blocking-time'].numericValue,
    cls: json.audits['cumulative-layout-shift'].numericValue,
    si: json.audits['speed-index'].numericValue,
    benchmarkIndex: json.environment.benchmarkIndex,
  };
}

/** The median of each number over several Lighthouse runs. */
function medianRun(runs) {
  const cats = Object.keys(runs[0].scores);
  return {
    scores: Object.fromEntries(cats.map((c) => [c, median(runs.map((r) => r.scores[c]))])),
    ...Object.fromEntries(['fcp', 'lcp', 'tbt', 'cls', 'si'].map((m) => [m, median(runs.map((r) => r[m]))])),
  };
}

// 1. Build.
console.log('Building…');
const dist = join(root, 'dist');
const buildResult = build(dist);
console.log(`Built ${buildResult.pages} pages in ${buildResult.seconds.toFixed(1)} s.`);

// 2. Page types.
const browserInfo = await findBrowser();
const browser = await chromium.launch({ executablePath: browserInfo.path, args: browserInfo.args });
const server = await serveStatic(dist, { encoding: 'gzip' });
const pages = [];
// Calibration: Lighthouse's own benchmark (the one behind every report's benchmarkIndex), run five
// times in this Chromium; one run varies by a quarter on a busy machine, the median much less.
let cpu;
if (!opts['skip-lighthouse']) {
  if (opts['cpu-slowdown'] === 'auto') {
    const blank = await browser.newPage();
    const indexes = [];
    for (let i = 0; i < 5; i++) indexes.push(await blank.evaluate(pageFunctions.computeBenchmarkIndex));
    await blank.close();
    const benchmarkIndex = median(indexes);
    cpu = {
      benchmarkIndex,
      indexes,
      slowdown: cpuSlowdownFor(benchmarkIndex),
      how: 'calibrated from the benchmarkIndex (Lighthouse docs/throttling.md)',
    };
  } else {
    cpu = { slowdown: Number(opts['cpu-slowdown']), how: 'set with --cpu-slowdown' };
    if (!(cpu.slowdown > 0))
      throw new Error(`--cpu-slowdown must be a positive number or auto, not ${opts['cpu-slowdown']}`);
  }
  console.log(
    `Lighthouse CPU slowdown ${cpu.slowdown}x (${cpu.how}${cpu.benchmarkIndex ? `: benchmarkIndex ${Math.round(cpu.benchmarkIndex)}` : ''}).`,
  );
}
for (const type of PAGE_TYPES.filter((t) => !opts.only || t.id === opts.only)) {
  const path = type.path(dist);
  if (!path) {
    pages.push({ id: type.id, skipped: 'not built yet' });
    continue;
  }
  console.log(`Measuring ${type.id} (${path})…`);
  const url = server.url + path;
  const m = await measurePage(browser, url, type.exemptJs);
  const total = m.bytes.html + m.bytes.css + m.bytes.js + m.bytes.other;
  let lh;
  if (!opts['skip-lighthouse']) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await lighthouse(url, browserInfo.path, cpu.slowdown));
    lh = medianRun(runs);
  }
  const row = { id: type.id, path, ...m, total, lighthouse: lh };
  pages.push(row);
  if (m.bytes.js > type.jsBudget)
    failures.push(`${type.id}: ${kb(m.bytes.js)} KB of JavaScript > ${kb(type.jsBudget)} KB`);
  if (type.totalBudget && total > type.totalBudget)
    failures.push(`${type.id}: ${kb(total)} KB in total > ${kb(type.totalBudget)} KB`);
  if (lh) {
    for (const [cat, min] of Object.entries(LIGHTHOUSE_BUDGET)) {
      if (cat !== 'totalBlockingTimeMs' && lh.scores[cat] < min)
        failures.push(`${type.id}: Lighthouse ${cat} ${Math.round(lh.scores[cat] * 100)} < ${min * 100}`);
    }
    if (lh.tbt > LIGHTHOUSE_BUDGET.totalBlockingTimeMs)
      failures.push(
        `${type.id}: total blocking time ${Math.round(lh.tbt)} ms > ${LIGHTHOUSE_BUDGET.totalBlockingTimeMs} ms`,
      );
  }
}
await server.close();
await browser.close();

// 3. Scale: 1 000 synthetic frameworks in a temporary content folder.
let scale;
if (!opts['skip-scale']) {
  console.log('Scale run: 1 000 synthetic frameworks…');
  const contentDir = '.bench/scale-content';
  rmSync(join(root, '.bench'), { recursive: true, force: true });
  generateFrameworks(join(root, contentDir), 1000);
  const out = join(root, '.bench/scale-dist');
  // Pair pages grow as n²/2 (499 500 for 1 000 frameworks), so the scale run leaves them out.
  const r = build(out, { ATLAS_CONTENT_DIR: contentDir, ATLAS_PAIR_PAGES: 'off' });
  const scaleServer = await serveStatic(out, { encoding: 'gzip' });
  const scaleBrowser = await chromium.launch({ executablePath: browserInfo.path, args: browserInfo.args });
  const latency = await filterLatency(scaleBrowser, `${scaleServer.url}/compare/`);
  await scaleBrowser.close();
  await scaleServer.close();
  scale = { frameworks: 1000, ...r, filter: latency, note: 'Pair pages are not built in the scale run.' };
  // The budget is one frame of main-thread work: script, style and layout (raster runs off the main thread).
  if (latency.updateMs > 16)
    failures.push(
      `scale: a /compare/ filter change took ${latency.updateMs.toFixed(1)} ms of main-thread work (> 16 ms) with ${latency.rows} rows, ${latency.rendered} rendered`,
    );
  rmSync(join(root, '.bench'), { recursive: true, force: true });
}

// 4. Report.
const report = {
  date: new Date().toISOString(),
  runs: RUNS,
  cpu,
  build: buildResult,
  pages,
  scale,
  failures,
};
const md = [
  `# Benchmark (${report.date.slice(0, 10)})`,
  '',
  `Build: ${buildResult.pages} pages in ${buildResult.seconds.toFixed(1)} s (${buildResult.msPerPage.toFixed(0)} ms per page).`,
  '',
  `Bytes are gzip-compressed transfer sizes; Lighthouse is mobile (simulated throttling${cpu ? `, CPU slowdown ${cpu.slowdown}x ${cpu.how}${cpu.benchmarkIndex ? `, this host's benchmarkIndex ${Math.round(cpu.benchmarkIndex)}` : ''}` : ''}), median of ${RUNS} runs.`,
  '',
  '| page type | HTML KB | CSS KB | JS KB | total KB | requests | DOM elements | perf | a11y | best pr. | SEO | FCP ms | LCP ms | TBT ms | CLS |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...pages.map((p) => {
    if (p.skipped) return `| ${p.id} | ${p.skipped} |||||||||||||| `;
    const l = p.lighthouse;
    const s = (c) => (l ? Math.round(l.scores[c] * 100) : '–');
    const js = p.bytes.exemptJs ? `${kb(p.bytes.js)} (+${kb(p.bytes.exemptJs)} Pagefind)` : kb(p.bytes.js);
    return `| ${p.id} | ${kb(p.bytes.html)} | ${kb(p.bytes.css)} | ${js} | ${kb(p.total)} | ${p.requests} | ${p.domSize} | ${s('performance')} | ${s('accessibility')} | ${s('best-practices')} | ${s('seo')} | ${l ? Math.round(l.fcp) : '–'} | ${l ? Math.round(l.lcp) : '–'} | ${l ? Math.round(l.tbt) : '–'} | ${l ? l.cls.toFixed(3) : '–'} |`;
  }),
  '',
  scale
    ? `Scale: ${scale.frameworks} synthetic frameworks, ${scale.pages} pages built in ${scale.seconds.toFixed(1)} s (${scale.msPerPage.toFixed(1)} ms per page). ${scale.note} /compare/ with ${scale.filter.rows} rows (${scale.filter.rendered} rendered at a time): a filter change takes ${scale.filter.scriptMs.toFixed(1)} ms of script, ${scale.filter.updateMs.toFixed(1)} ms with style and layout (budget 16 ms), is painted ${scale.filter.toPaintMs.toFixed(1)} ms after the click${scale.filter.firstFrameMs === undefined ? '' : ` (main-thread work for that first frame, paint included: ${scale.filter.firstFrameMs.toFixed(1)} ms, of which paint ${scale.filter.paintMs.toFixed(1)} ms; measured under a trace)`}, and all ${scale.filter.rendered} rows are in after ${scale.filter.completeMs.toFixed(1)} ms (rows are added a few per frame; medians of 12).`
    : 'Scale run skipped.',
  '',
  failures.length ? `## Budgets missed\n\n${failures.map((f) => `- ${f}`).join('\n')}` : 'All budgets met.',
  '',
].join('\n');
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports/bench.json'), JSON.stringify(report, null, 2));
writeFileSync(join(root, 'reports/bench.md'), md);
console.log(`\n${md}`);
process.exit(failures.length ? 1 : 0);
