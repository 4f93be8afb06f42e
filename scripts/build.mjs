// `npm run build`: astro build, made strict. Astro logs some data problems and still exits 0
// (a dangling reference, two files with one id, a file() item without an id: see
// docs/architecture.md, "Checks before the build"); this wrapper streams the log and fails the build on those lines.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { FATAL_LOG_LINES } from './lib/build-log.mjs';

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));

const child = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  stdio: ['inherit', 'pipe', 'pipe'],
  env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
});
const fatal = [];
for (const stream of [child.stdout, child.stderr]) {
  let rest = '';
  stream.on('data', (chunk) => {
    const text = rest + chunk.toString();
    const lines = text.split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      (stream === child.stdout ? process.stdout : process.stderr).write(line + '\n');
      // eslint-disable-next-line no-control-regex -- colour codes would split the patterns
      const plain = line.replace(/\x1b\[[0-9;]*m/g, '');
      if (FATAL_LOG_LINES.some((re) => re.test(plain))) fatal.push(plain);
    }
  });
}
child.on('close', (code) => {
  if (code !== 0) process.exit(code ?? 1);
  if (fatal.length) {
    console.error(
      `\nBuild finished but logged ${fatal.length} data problem(s); failing:\n${fatal.join('\n')}`,
    );
    process.exit(1);
  }
});
