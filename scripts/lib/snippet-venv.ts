// The pinned Python environment shared by npm run verify:snippets and npm run read:defaults:
// .venv-snippets/, made from verify/requirements.txt with Python 3.11 (or $ATLAS_PYTHON) and
// remade when that file changes (a stamp inside the folder holds the file's hash).
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

function sh(root: string, cmd: string, cmdArgs: string[]): void {
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', cwd: root });
  if (r.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(' ')} exited with ${r.status}`);
}

/** Makes (or reuses) <root>/.venv-snippets from <root>/verify/requirements.txt. */
export function ensureSnippetVenv(root: string): SnippetVenv {
  const venv = join(root, '.venv-snippets');
  const requirements = join(root, 'verify', 'requirements.txt');
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
      `warning: ${base} is Python ${version.stdout.trim()}; verify/requirements.txt was pinned on 3.11`,
    );
  const start = performance.now();
  console.log(`Making ${venv} from verify/requirements.txt (a few minutes the first time)…`);
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
