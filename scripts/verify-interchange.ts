// Runs the interchange matrix: the same small MLP built in PyTorch, TensorFlow, Keras and JAX,
// exported through every exporter each has, loaded in ONNX Runtime, ExecuTorch, LiteRT and
// TensorFlow, and compared with the source framework's own output. Writes one record per
// source × format × runtime to content/interchange/<source>--<format>--<runtime>.json (commit
// them). A record is rewritten only when something other than its timings changed.
//
//   npm run verify:interchange
//
// The virtual environment is .venv-interchange/, made from verify/interchange/requirements.txt
// with Python 3.11 (or $ATLAS_PYTHON) and remade when that file changes. A cell that fails is a
// record, not an error: the exit code is 1 only when the run itself breaks.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { interchangeRecordSchema, type InterchangeRecord } from '../src/schemas/interchange.ts';
import {
  formatDiff,
  interchangeFileName,
  interchangeMatrix,
  programHash,
  recordChanged,
} from '../src/lib/interchange.ts';
import { INTERCHANGE_FORMATS, type InterchangeFormat } from '../src/data/interchange.ts';
import { snippetHash } from '../src/lib/snippets/hash.ts';
import { SITE } from '../src/site.config.ts';

const root = resolve(import.meta.dirname, '..');
const PROGRAMS = join(root, 'verify', 'interchange');
const VENV = join(root, '.venv-interchange');
const REQUIREMENTS = join(PROGRAMS, 'requirements.txt');
const STAMP = join(VENV, 'atlas-requirements.sha256');
const RECORDS = join(root, SITE.contentDir, 'interchange');
const python = join(VENV, 'bin', 'python');

function sh(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}`);
}

/** Makes (or reuses) the virtual environment; returns seconds spent installing, 0 when reused. */
function ensureVenv(): number {
  const wanted = snippetHash(readFileSync(REQUIREMENTS, 'utf8'));
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === wanted && existsSync(python)) return 0;
  const base = process.env.ATLAS_PYTHON ?? 'python3.11';
  const version = spawnSync(base, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], {
    encoding: 'utf8',
  });
  if (version.status !== 0)
    throw new Error(
      `${base} not found: install Python 3.11 (the pinned wheels are for it) or set ATLAS_PYTHON`,
    );
  const start = performance.now();
  console.log(`Making ${VENV} from verify/interchange/requirements.txt (a few minutes the first time)…`);
  sh(base, ['-m', 'venv', '--clear', VENV]);
  sh(python, [
    '-m',
    'pip',
    'install',
    '--quiet',
    '--disable-pip-version-check',
    '--no-input',
    '-r',
    REQUIREMENTS,
  ]);
  writeFileSync(STAMP, `${wanted}\n`);
  return (performance.now() - start) / 1000;
}

interface Cell {
  source: string;
  format: string;
  runtime: string;
  exporter: string;
  status: 'works' | 'fails';
  stage?: string;
  maxAbsDiff?: number;
  tolerance: number;
  error?: string;
  versions: Record<string, string>;
  exportSeconds: number;
  runSeconds?: number | null;
}

/** The runner's runtime names → framework ids, as the records and the site use them. */
const RUNTIME_IDS: Record<string, string> = {
  onnxruntime: 'onnx-runtime',
  executorch: 'executorch',
  litert: 'litert',
  tensorflow: 'tensorflow',
};

const started = performance.now();
const installSeconds = ensureVenv();
const work = mkdtempSync(join(tmpdir(), 'atlas-interchange-'));
const results = join(work, 'results.json');
const runStart = performance.now();
const run = spawnSync(python, [join(PROGRAMS, 'run.py'), results, work], {
  stdio: ['ignore', 'inherit', 'inherit'],
  cwd: root,
  env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1' },
});
const runSeconds = (performance.now() - runStart) / 1000;
if (run.status !== 0 || !existsSync(results)) {
  rmSync(work, { recursive: true, force: true });
  console.error(`verify/interchange/run.py exited with ${run.status}; no records written`);
  process.exit(1);
}
const output = JSON.parse(readFileSync(results, 'utf8')) as { python: string; cells: Cell[] };
rmSync(work, { recursive: true, force: true });

const program = programHash(
  readdirSync(PROGRAMS)
    .filter((name) => name.endsWith('.py'))
    .map((name) => ({ name, text: readFileSync(join(PROGRAMS, name), 'utf8') })),
);
const today = new Date().toISOString().slice(0, 10);
mkdirSync(RECORDS, { recursive: true });
const written = new Set<string>();
const records: InterchangeRecord[] = [];
let changed = 0;
for (const cell of output.cells) {
  const runtime = RUNTIME_IDS[cell.runtime] ?? cell.runtime;
  if (INTERCHANGE_FORMATS[cell.format as InterchangeFormat]?.runtime !== runtime)
    throw new Error(
      `run.py paired ${cell.format} with ${cell.runtime}; src/data/interchange.ts says otherwise`,
    );
  const candidate = interchangeRecordSchema.parse({
    source: cell.source,
    format: cell.format,
    runtime,
    exporter: cell.exporter,
    status: cell.status,
    ...(cell.stage ? { stage: cell.stage } : {}),
    ...(cell.maxAbsDiff !== undefined ? { maxAbsDiff: cell.maxAbsDiff } : {}),
    tolerance: cell.tolerance,
    ...(cell.error ? { error: cell.error } : {}),
    versions: cell.versions,
    python: output.python,
    program,
    verifiedAt: today,
    seconds: { export: cell.exportSeconds, ...(cell.runSeconds != null ? { run: cell.runSeconds } : {}) },
  });
  const name = interchangeFileName(candidate);
  const path = join(RECORDS, name);
  written.add(name);
  let previous: InterchangeRecord | undefined;
  if (existsSync(path)) {
    const parsed = interchangeRecordSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    previous = parsed.success ? parsed.data : undefined;
  }
  if (recordChanged(previous, candidate)) {
    writeFileSync(path, `${JSON.stringify(candidate, null, 2)}\n`);
    changed++;
    records.push(candidate);
  } else records.push(previous!);
}
let removed = 0;
for (const name of readdirSync(RECORDS)) {
  if (name.endsWith('.json') && !written.has(name)) {
    rmSync(join(RECORDS, name));
    removed++;
  }
}

const matrix = interchangeMatrix(records);
const width = Math.max(...matrix.rows.map((r) => r.label.length)) + 2;
console.log(
  `\n${''.padEnd(width)}${matrix.columns.map((c) => `${c.label} → ${c.runtime}`.padEnd(28)).join('')}`,
);
for (const row of matrix.rows)
  console.log(
    row.label.padEnd(width) +
      row.cells
        .map((c) =>
          (c.record
            ? c.record.status === 'works'
              ? `works (${formatDiff(c.record.maxAbsDiff!)})`
              : `fails at ${c.record.stage}`
            : 'no exporter'
          ).padEnd(28),
        )
        .join(''),
  );
console.log(
  `\n${matrix.works} work, ${matrix.fails} fail; ${changed} record(s) written, ${removed} removed. ` +
    `Install ${installSeconds.toFixed(0)} s, run ${runSeconds.toFixed(0)} s, total ${((performance.now() - started) / 1000).toFixed(0)} s.`,
);
