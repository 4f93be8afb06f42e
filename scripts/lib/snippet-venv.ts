// The pinned Python environments of npm run verify:snippets (and npm run read:defaults): each a
// venv made from a complete freeze with Python 3.11 (or $ATLAS_PYTHON) and remade when that file
// changes (a stamp inside the folder holds the file's hash). Most snippets share one; a framework
// whose pinned release cannot live beside the others gets its own, named in PYTHON_ENVIRONMENTS.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { snippetHash } from '../../src/lib/snippets/hash.ts';

export interface SnippetVenv {
  /** The venv's Python executable. */
  python: string;
  /** Seconds spent installing; 0 when the existing environment was reused. */
  installSeconds: number;
}

interface PythonEnvironment {
  /** The venv folder, relative to the project root (git-ignored). */
  venv: string;
  /** The complete freeze it is installed from with pip --no-deps, relative to the root. */
  requirements: string;
  /** The frameworks whose snippets run here; the shared environment takes every other one. */
  frameworks: readonly string[];
  /** Why this environment is separate, for readers of the code and of docs/architecture.md. */
  why: string;
}

export const PYTHON_ENVIRONMENTS = {
  shared: {
    venv: '.venv-snippets',
    requirements: 'verify/requirements.txt',
    frameworks: [],
    why: 'Every Python snippet not named elsewhere: one set of pins, so the frameworks are compared on the same NumPy.',
  },
  mindspore: {
    venv: '.venv-mindspore',
    requirements: 'verify/mindspore/requirements.txt',
    frameworks: ['mindspore'],
    why: 'MindSpore 2.10.0\'s compiled extension is built against NumPy 1.x and fails on the shared NumPy 2.4 ("numpy.core.multiarray failed to import" in its pow kernel), so it runs beside NumPy 1.26.4.',
  },
} as const satisfies Record<string, PythonEnvironment>;

export type PythonEnvironmentName = keyof typeof PYTHON_ENVIRONMENTS;

/** The environment a framework's Python snippets run in. */
export function environmentOf(framework: string): PythonEnvironmentName {
  for (const [name, e] of Object.entries(PYTHON_ENVIRONMENTS) as [PythonEnvironmentName, PythonEnvironment][])
    if (e.frameworks.includes(framework)) return name;
  return 'shared';
}

function sh(root: string, cmd: string, cmdArgs: string[]): void {
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', cwd: root });
  if (r.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(' ')} exited with ${r.status}`);
}

/** Makes (or reuses) one of PYTHON_ENVIRONMENTS (by default the shared one) under <root>. */
export function ensureSnippetVenv(root: string, name: PythonEnvironmentName = 'shared'): SnippetVenv {
  const spec = PYTHON_ENVIRONMENTS[name];
  const venv = join(root, spec.venv);
  const requirements = join(root, spec.requirements);
  const stamp = join(venv, 'atlas-requirements.sha256');
  const python = join(venv, 'bin', 'python');
  const wanted = snippetHash(readFileSync(requirements, 'utf8'));
  if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === wanted && existsSync(python))
    return { python, installSeconds: 0 };
  const base = process.env.ATLAS_PYTHON ?? 'python3.11';
  const version = spawnSync(base, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], {
    encoding: 'utf8',
  });
  if (version.status !== 0)
    throw new Error(
      `${base} not found: install Python 3.11 (the pinned wheels are for it) or set ATLAS_PYTHON`,
    );
  if (version.stdout.trim() !== '3.11')
    console.warn(
      `warning: ${base} is Python ${version.stdout.trim()}; ${spec.requirements} was pinned on 3.11`,
    );
  const start = performance.now();
  console.log(`Making ${venv} from ${spec.requirements} (a few minutes the first time)…`);
  sh(root, base, ['-m', 'venv', '--clear', venv]);
  sh(root, python, [
    '-m',
    'pip',
    'install',
    '--quiet',
    '--disable-pip-version-check',
    '--no-input',
    // A complete freeze: install exactly these, so fastai's declared torchvision (which cannot
    // load against the CPU build of torch) stays out; see verify/requirements.in.
    '--no-deps',
    '-r',
    requirements,
  ]);
  writeFileSync(stamp, `${wanted}\n`);
  return { python, installSeconds: (performance.now() - start) / 1000 };
}
