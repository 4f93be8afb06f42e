// `npm run test:e2e [-- playwright args]`: only the browser tier, against the current dist/
// (run `npm run build` first). Resolves the browser the same way `npm test` does.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findBrowser } from './lib/browser.mjs';

const browser = await findBrowser();
console.log(`Browser: ${browser.path} (${browser.origin})`);
const cli = fileURLToPath(new URL('../node_modules/@playwright/test/cli.js', import.meta.url));
const r = spawnSync(process.execPath, [cli, 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: browser.path, CHROME_ARGS: JSON.stringify(browser.args) },
});
process.exit(r.status ?? 1);
