// The pinned JavaScript packages the TensorFlow.js snippets run with: verify/js/node_modules,
// installed with `npm ci` from verify/js/package-lock.json, apart from the site's own
// dependencies, and reinstalled when that lock file changes (a stamp inside node_modules holds
// the lock's hash, as .venv-snippets holds the requirements' hash).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { snippetHash } from '../../src/lib/snippets/hash.ts';

export interface SnippetNodeModules {
  /** verify/js: the folder JavaScript snippets run from (its node_modules resolves their imports). */
  dir: string;
  /** Seconds spent installing; 0 when the existing packages were reused. */
  installSeconds: number;
}

/** Makes (or reuses) <root>/verify/js/node_modules from its package-lock.json. */
export function ensureSnippetNodeModules(root: string): SnippetNodeModules {
  const dir = join(root, 'verify', 'js');
  const lock = join(dir, 'package-lock.json');
  const stamp = join(dir, 'node_modules', 'atlas-lock.sha256');
  const wanted = snippetHash(readFileSync(lock, 'utf8'));
  if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === wanted) return { dir, installSeconds: 0 };
  const start = performance.now();
  console.log(`Installing verify/js/node_modules from verify/js/package-lock.json…`);
  // No install scripts: the pinned packages are plain JavaScript (the CPU backend), nothing to build.
  const r = spawnSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], {
    cwd: dir,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error(`npm ci in verify/js exited with ${r.status}`);
  writeFileSync(stamp, `${wanted}\n`);
  return { dir, installSeconds: (performance.now() - start) / 1000 };
}

/** The version of an installed package, from its package.json, or undefined when it is not installed. */
export function installedVersion(dir: string, name: string): string | undefined {
  const manifest = join(dir, 'node_modules', name, 'package.json');
  if (!existsSync(manifest)) return undefined;
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version;
}
