// Runs every Python and JavaScript snippet against the pinned framework versions and writes one
// verification record per snippet to content/verification/<task>/<framework>.json (commit them).
//
//   npm run verify:snippets                      every runnable snippet; stale records removed
//   npm run verify:snippets -- --changed         only snippets whose file changed since its record
//   npm run verify:snippets -- training-loop/jax  only the named snippet(s) (or a whole task: training-loop)
//   options: --jobs N (parallel runs, default 2), --timeout S (per snippet, default 300: on a cold cache and a busy machine, compiling
//   compile/pytorch's training step with Inductor took 100 s)
//
// The Python environments are .venv-snippets/ (and, for a framework that cannot share it, its own,
// e.g. .venv-mindspore/; see PYTHON_ENVIRONMENTS), made by scripts/lib/snippet-venv.ts from
// their freezes (verify/requirements.txt, verify/mindspore/requirements.txt) with Python 3.11 (or
// $ATLAS_PYTHON) and remade when a freeze changes.
// JavaScript snippets (TensorFlow.js) run with the Node.js running this script, from a copy in
// verify/js/.runs/ so their imports resolve to verify/js/node_modules: the packages pinned in
// verify/js/package-lock.json, installed with npm ci by scripts/lib/snippet-node.ts and
// reinstalled when the lock changes. Exit code 1 when a snippet fails.
//
// Each snippet prints one `RESULT {json}` line after its own assertions; those values are stored
// in the record (`values`) and checked against the task's spec in content/tasks.yaml: a value
// outside the spec fails the run with task, framework, key, expected and got.
//
// A record is rewritten only when what it attests changed (the snippet's hash, the result, the
// values, Python or Node.js, the platform or the package versions), so a run that finds
// everything as it was leaves the tree clean; the seconds, the date and the printed lines are not
// compared, and a value the spec bounds (a threshold or a tolerance) is compared by meeting it
// (attestedValues in spec.ts), since such values move with the CPU's kernels.
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { machine, tmpdir, type } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readCode } from '../src/lib/content/read.ts';
import { snippetHash } from '../src/lib/snippets/hash.ts';
import { recordPathOf } from '../src/lib/snippets/files.ts';
import {
  runnableSnippets,
  importedModules,
  importedPackages,
  nodeWarningsFrom,
  runtimeOf,
  warningsFrom,
} from '../src/lib/snippets/verify.ts';
import { SITE } from '../src/site.config.ts';
import yaml from 'js-yaml';
import { ensureSnippetVenv, environmentOf, type PythonEnvironmentName } from './lib/snippet-venv.ts';
import { ensureSnippetNodeModules, installedVersion } from './lib/snippet-node.ts';
import { tasksFileSchema } from '../src/schemas/code.ts';
import {
  attestedValues,
  checkValues,
  mismatchText,
  parseResult,
  withoutResultLine,
} from '../src/lib/snippets/spec.ts';
import type { ResultValue, TaskSpec } from '../src/schemas/code.ts';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args.splice(i, 2)[1]) : fallback;
};
const jobs = option('--jobs', 2);
const timeoutSeconds = option('--timeout', 300);
const changedOnly = args.includes('--changed');
const only = args.filter((a) => !a.startsWith('--'));

interface Environment {
  python: string;
  platform: string;
  modules: Record<string, string[]>;
  versions: Record<string, string>;
}

/**
 * The part of a record a new run is compared on: what it attests. Seconds, the day and the
 * printed lines vary from run to run and are left out; values the spec bounds count as meeting
 * the bound or not.
 */
function attests(r: Record<string, unknown>, task: string, framework: string): string {
  const { snippet, sha256, result, python, node, platform, packages } = r;
  const values = attestedValues(
    specs.get(task),
    framework,
    r.values as Record<string, ResultValue> | undefined,
  );
  return JSON.stringify({
    snippet,
    sha256,
    result,
    python,
    node,
    platform,
    packages,
    values,
  });
}

interface Run {
  code: number | null;
  timedOut: boolean;
  seconds: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs one file in an empty temporary folder: a Python file with the venv's Python; a JavaScript
 * file copied into verify/js/.runs/ (so `import "@tensorflow/tfjs"` resolves to verify/js/node_modules)
 * and run with this Node.js, with the warning reporter preloaded. Paths of the copy in its output
 * are turned back into the snippet's path.
 */
function runFile(file: string, ext: string, python?: string): Promise<Run> {
  const js = runtimeOf(ext) === 'node';
  let cwd: string;
  let cmd: string;
  let cmdArgs: string[];
  let env: NodeJS.ProcessEnv;
  let copy = '';
  if (js) {
    mkdirSync(join(nodeDir!, '.runs'), { recursive: true });
    cwd = mkdtempSync(join(nodeDir!, '.runs', 'atlas-snippet-'));
    copy = join(cwd, basename(file));
    copyFileSync(file, copy);
    cmd = process.execPath;
    cmdArgs = ['--import', pathToFileURL(join(nodeDir!, 'snippet-warnings.mjs')).href, copy];
    env = { ...process.env, ATLAS_SNIPPET_FILE: copy, NODE_OPTIONS: '' };
  } else {
    cwd = mkdtempSync(join(tmpdir(), 'atlas-snippet-'));
    // -P: the snippet's folder is not put on sys.path, or jax.py would shadow the jax package.
    // -W default shows each warning once, so a deprecated call in the snippet is seen and rejected.
    cmd = python!; // the venv of the snippet's environment
    cmdArgs = ['-P', '-W', 'default', file];
    env = { ...process.env, PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1' };
  }
  const back = (text: string) =>
    js ? text.replaceAll(pathToFileURL(copy).href, pathToFileURL(file).href).replaceAll(copy, file) : text;
  const start = performance.now();
  return new Promise((done) => {
    const child = spawn(cmd, cmdArgs, { cwd, detached: true, env });
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
      done({
        code,
        timedOut,
        seconds: (performance.now() - start) / 1000,
        stdout: back(stdout),
        stderr: back(stderr),
      });
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
const parsedTasks = tasksFileSchema.safeParse(code.tasks ? yaml.load(code.tasks.text) : { tasks: [] });
if (!parsedTasks.success) {
  console.error('content/tasks.yaml does not pass its schema: run `npm run check:content` for the details');
  process.exit(1);
}
const specs = new Map<string, TaskSpec | undefined>(parsedTasks.data.tasks.map((t) => [t.id, t.spec]));
let selected = runnableSnippets(code.snippets, parsedTasks.data.historical);
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
// Each environment is made only when a selected snippet needs it.
const needsNode = selected.some((s) => runtimeOf(s.ext) === 'node');
let installSeconds = 0;
// One Python environment per PYTHON_ENVIRONMENTS entry that a selected snippet runs in.
const pythonEnvs = new Map<PythonEnvironmentName, { python: string; env: Environment }>();
for (const name of new Set(
  selected.filter((s) => runtimeOf(s.ext) === 'python').map((s) => environmentOf(s.stem)),
)) {
  const venv = ensureSnippetVenv(root, name);
  installSeconds += venv.installSeconds;
  const envJson = spawnSync(venv.python, [join(root, 'verify', 'environment.py')], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (envJson.status !== 0) throw new Error(`verify/environment.py failed:\n${envJson.stderr}`);
  pythonEnvs.set(name, { python: venv.python, env: JSON.parse(envJson.stdout) as Environment });
}
const pythonVersions = [...new Set([...pythonEnvs.values()].map((p) => p.env.python))];
let nodeDir: string | undefined;
if (needsNode) {
  const modules = ensureSnippetNodeModules(root);
  nodeDir = modules.dir;
  installSeconds += modules.installSeconds;
}
// The same words as Python's platform.system() and platform.machine() ("Linux x86_64").
const nodePlatform = `${type()} ${machine()}`;
const today = new Date().toISOString().slice(0, 10);

const runtimes = [
  ...pythonVersions.map((v) => `Python ${v}`),
  ...(needsNode ? [`Node.js ${process.versions.node}`] : []),
];
console.log(`Running ${selected.length} snippet(s) with ${runtimes.join(' and ')}, ${jobs} at a time…`);
const started = performance.now();
const failures: string[] = [];
const queue = [...selected];
async function worker() {
  for (let s = queue.shift(); s; s = queue.shift()) {
    const abs = join(root, s.file);
    const js = runtimeOf(s.ext) === 'node';
    const py = js ? undefined : pythonEnvs.get(environmentOf(s.stem))!;
    const env = py?.env;
    const run = await runFile(abs, s.ext, py?.python);
    const warnings = js ? nodeWarningsFrom(run.stderr) : warningsFrom(run.stderr, abs);
    let result: 'passed' | 'failed' | 'timed-out' = run.timedOut
      ? 'timed-out'
      : run.code === 0 && warnings.length === 0
        ? 'passed'
        : 'failed';
    // The RESULT line, checked against the spec (only for a run that got through its assertions).
    const problems: string[] = [];
    let values: Record<string, ResultValue> | undefined;
    if (result === 'passed') {
      const parsed = parseResult(run.stdout);
      const spec = specs.get(s.task);
      if ('error' in parsed) problems.push(`${s.task}/${s.stem}: ${parsed.error}`);
      else {
        values = parsed.values;
        if (spec) problems.push(...checkValues(s.task, s.stem, spec, values).map(mismatchText));
      }
      if (problems.length) result = 'failed';
    }
    const packages: Record<string, string> = {};
    if (js) {
      for (const name of importedPackages(s.text)) {
        const version = installedVersion(nodeDir!, name);
        if (version) packages[name] = version;
      }
    } else {
      for (const module of importedModules(s.text)) {
        for (const dist of env!.modules[module] ?? []) {
          const name = dist.toLowerCase();
          if (env!.versions[name]) packages[name] = env!.versions[name]!;
        }
      }
    }
    const stdout = withoutResultLine(run.stdout);
    const output =
      result === 'passed'
        ? tail(stdout)
        : tail(
            [
              stdout,
              run.stderr,
              ...warnings.map((w) => `snippet warning: ${w}`),
              ...problems.map((p) => `spec: ${p}`),
            ].join('\n'),
          );
    const record = {
      snippet: s.file,
      sha256: snippetHash(s.text),
      result,
      seconds: Math.round(run.seconds * 10) / 10,
      verifiedAt: today,
      ...(js ? { node: process.versions.node } : { python: env!.python }),
      platform: js ? nodePlatform : env!.platform,
      packages: Object.fromEntries(Object.entries(packages).sort()),
      output,
      ...(values ? { values } : {}),
    };
    const out = join(root, recordPathOf(s));
    const same =
      existsSync(out) &&
      attests(JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>, s.task, s.stem) ===
        attests(record, s.task, s.stem);
    if (!same) {
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, `${JSON.stringify(record, null, 2)}\n`);
    }
    console.log(
      `${result.padEnd(9)} ${record.seconds.toFixed(1).padStart(6)} s  ${s.task}/${s.stem}${same ? '  (record unchanged)' : ''}`,
    );
    if (result !== 'passed')
      failures.push(
        problems.length
          ? `${s.file}: does not meet its task's spec\n${problems.map((p) => `    ${p}`).join('\n')}`
          : `${s.file}:\n${output.replace(/^/gm, '    ')}`,
      );
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
