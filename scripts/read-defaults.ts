// Reads the defaults that differ between frameworks (BatchNorm momentum, Adam epsilon, conv
// padding, initialisers, …) from the pinned packages by introspection and writes
// content/defaults.yaml (commit it). The build never runs this: it reads the committed file.
//
//   npm run read:defaults
//
// It uses the snippet verification's environments (scripts/lib/snippet-venv.ts): .venv-snippets/,
// and for a framework with its own (MindSpore) that one, so the versions it reads are exactly
// those pinned in verify/requirements.txt and verify/mindspore/requirements.txt.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { PYTHON_ENVIRONMENTS, ensureSnippetVenv, type PythonEnvironmentName } from './lib/snippet-venv.ts';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'content', 'defaults.yaml');
const { python, installSeconds: sharedSeconds } = ensureSnippetVenv(root);
// Framework id -> the Python of its own environment, for the frameworks that have one.
const pythons: Record<string, string> = {};
let installSeconds = sharedSeconds;
for (const [name, spec] of Object.entries(PYTHON_ENVIRONMENTS) as [
  PythonEnvironmentName,
  (typeof PYTHON_ENVIRONMENTS)[PythonEnvironmentName],
][]) {
  if (!spec.frameworks.length) continue;
  const venv = ensureSnippetVenv(root, name);
  installSeconds += venv.installSeconds;
  for (const fw of spec.frameworks) pythons[fw] = venv.python;
}
const start = performance.now();
const run = spawnSync(python, ['-P', join(root, 'verify', 'read_defaults.py'), out], {
  stdio: 'inherit',
  cwd: root,
  env: {
    ...process.env,
    PYTHONHASHSEED: '0',
    PYTHONDONTWRITEBYTECODE: '1',
    ATLAS_PYTHONS: JSON.stringify(pythons),
  },
});
if (run.status !== 0) {
  console.error('read_defaults.py failed; content/defaults.yaml was not written');
  process.exit(1);
}
const seconds = (performance.now() - start) / 1000;
console.log(
  `Wrote content/defaults.yaml in ${seconds.toFixed(0)} s` +
    (installSeconds ? ` (+ ${installSeconds.toFixed(0)} s to install the environment)` : ''),
);
