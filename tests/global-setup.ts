import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';

/**
 * getCollection() returns [] inside Vitest unless the data store exists where the dev server
 * keeps it (withastro/astro#12836): `astro sync` writes node_modules/.astro/data-store.json,
 * Vitest's Astro config reads .astro/data-store.json. So sync, then copy.
 */
export default function setup(): void {
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'], { stdio: 'inherit' });
  mkdirSync('.astro', { recursive: true });
  copyFileSync('node_modules/.astro/data-store.json', '.astro/data-store.json');
}
