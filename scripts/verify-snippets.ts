// Runs every Python snippet against the pinned framework versions and writes one verification
// record per snippet to content/verification/<task>/<framework>.json (commit them).
//
//   npm run verify:snippets                      every runnable snippet; stale records removed
//   npm run verify:snippets -- --changed         only snippets whose file changed since its record
//   npm run verify:snippets -- training-loop/jax  only the named snippet(s) (or a whole task: training-loop)
//   options: --jobs N (parallel runs, default 2), --timeout S (per snippet, default 120)
//
// The virtual environment is .venv-snippets/ (scripts/lib/snippet-venv.ts), made from
// verify/requirements.txt with Python 3.11 (or $ATLAS_PYTHON) and remade when that file changes. Exit code 1 when a snippet fails.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { readCode } from '../src/lib/content/read.ts';
import { snippetHash } from '../src/lib/snippets/hash.ts';
import { recordPathOf } from '../src/lib/snippets/files.ts';
import { runnableSnippets, importedModules, warningsFrom } from '../src/lib/snippets/verify.ts';
import { SITE } from '../src/site.config.ts';
import yaml from 'js-yaml';
import { ensureSnippetVenv } from './lib/snippet-venv.ts';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args.splice(i, 2)[1]) : fallback;
};
const jobs = option('--jobs', 2);
const timeoutSeconds = option('--timeout', 120);
const changedOnly = args.includes('--changed');
const only = args.filter((a) => !a.startsWith('--'));

interface Environment {
  python: string;
  platform: string;
  modules: Record<string, string[]>;
  versions: Record<string, string>;
}

interface Run {
  code: number | null;
  timedOut: boolean;
  seconds: number;
  stdout: string;
  stderr: string;
}

/** Runs one file with the venv's Python in an empty temporary folder. */
function runFile(file: string): Promise<Run> {
  const cwd = mkdtempSync(join(tmpdir(), 'atlas-snippet-'));
  const start = performance.now();
  return new Promise((done) => {
    // -P: the snippet's folder is not put on sys.path, or jax.py would shadow the jax package.
    // -W default shows each warning once, so a deprecated call in the snippet is seen and rejected.
    const child = spawn(python, ['-P', '-W', 'default', file], {
      cwd,
      detached: true,
      env: { ...process.env, PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1' },
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // The process group is already gone: nothing left to kill.
      }
    }, timeoutSeconds * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      rmSync(cwd, { recursive: true, force: true });
      done({ code, timedOut, seconds: (performance.now() - start) / 1000, stdout, stderr });
    });
  });
}

/** The last lines of a text, with machine-specific paths removed so records are stable. */
function tail(text: string, lines = 12): string {
  return text
    .replaceAll(root + '/', '')
    .replace(/\/tmp\/atlas-snippet-[A-Za-z0-9]+/g, '<tmp>')
    .trimEnd()
    .split('\n')
    .slice(-lines)
    .join('\n')
    .slice(-2000);
}

const code = readCode(root, SITE.contentDir);
const tasksFile = code.tasks ? (yaml.load(code.tasks.text) as { historical?: string[] }) : {};
let selected = runnableSnippets(code.snippets, tasksFile.historical ?? []);
const all = selected;
if (only.length)
  selected = selected.filter((s) => only.some((o) => o === s.task || o === `${s.task}/${s.stem}`));
if (changedOnly) {
  selected = selected.filter((s) => {
    const record = join(root, recordPathOf(s));
    return (
      !existsSync(record) ||
      (JSON.parse(readFileSync(record, 'utf8')) as { sha256?: string }).sha256 !== snippetHash(s.text)
    );
  });
}
if (only.length && selected.length === 0) {
  console.error(`No runnable snippet matches ${only.join(', ')} (use <task> or <task>/<framework>)`);
  process.exit(1);
}

if (spawnSync('clang', ['--version']).status !== 0)
  console.warn(
    'warning: clang is not installed; tinygrad snippets will fail (its CPU device compiles kernels with clang)',
  );
const { python, installSeconds } = ensureSnippetVenv(root);
const envJson = spawnSync(python, [join(root, 'verify', 'environment.py')], {
  encoding: 'utf8',
  maxBuffer: 1 << 26,
});
if (envJson.status !== 0) throw new Error(`verify/environment.py failed:\n${envJson.stderr}`);
const env = JSON.parse(envJson.stdout) as Environment;
const today = new Date().toISOString().slice(0, 10);

console.log(`Running ${selected.length} snippet(s) with Python ${env.python}, ${jobs} at a time…`);
const started = performance.now();
const failures: string[] = [];
const queue = [...selected];
async function worker() {
  for (let s = queue.shift(); s; s = queue.shift()) {
    const abs = join(root, s.file);
    const run = await runFile(abs);
    const warnings = warningsFrom(run.stderr, abs);
    const result = run.timedOut ? 'timed-out' : run.code === 0 && warnings.length === 0 ? 'passed' : 'failed';
    const packages: Record<string, string> = {};
    for (const module of importedModules(s.text)) {
      for (const dist of env.modules[module] ?? []) {
        const name = dist.toLowerCase();
        if (env.versions[name]) packages[name] = env.versions[name]!;
      }
    }
    const output =
      result === 'passed'
        ? tail(run.stdout)
        : tail([run.stdout, run.stderr, ...warnings.map((w) => `snippet warning: ${w}`)].join('\n'));
    const record = {
      snippet: s.file,
      sha256: snippetHash(s.text),
      result,
      seconds: Math.round(run.seconds * 10) / 10,
      verifiedAt: today,
      python: env.python,
      platform: env.platform,
      packages: Object.fromEntries(Object.entries(packages).sort()),
      output,
    };
    const out = join(root, recordPathOf(s));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(record, null, 2)}\n`);
    console.log(`${result.padEnd(9)} ${record.seconds.toFixed(1).padStart(6)} s  ${s.task}/${s.stem}`);
    if (result !== 'passed') failures.push(`${s.file}:\n${output.replace(/^/gm, '    ')}`);
  }
}
await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));

// A full run also removes records whose snippet is gone or no longer runs.
if (!only.length && !changedOnly) {
  const keep = new Set(all.map(recordPathOf));
  for (const r of code.records) {
    if (!keep.has(r.file)) {
      rmSync(join(root, r.file));
      console.log(`removed stale record ${r.file}`);
    }
  }
}

const total = (performance.now() - started) / 1000;
console.log(
  `\n${selected.length - failures.length} passed, ${failures.length} failed in ${total.toFixed(0)} s` +
    (installSeconds ? ` (+ ${installSeconds.toFixed(0)} s to install the environment)` : ''),
);
if (failures.length) {
  console.error(`\nFailed:\n${failures.join('\n')}`);
  process.exit(1);
}
