import { generateFrameworks } from '/work/main/scripts/lib/synthetic.mjs';
import { rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
rmSync('/work/main/.bench', { recursive: true, force: true });
generateFrameworks('/work/main/.bench/scale-content', 1000);
const r = spawnSync(process.execPath, ['scripts/build.mjs', '--outDir', '/work/main/.bench/scale-dist'], { cwd: '/work/main', stdio: 'inherit', env: { ...process.env, ATLAS_CONTENT_DIR: '.bench/scale-content', ATLAS_PAIR_PAGES: 'off' } });
console.log('exit', r.status);
