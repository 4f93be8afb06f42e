import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findSystemBrowser } from './scripts/lib/browser.mjs';

const PORT = 4322;

/*
 * The browser comes from CHROME_PATH (scripts/test.mjs resolves it, falling back to the npm
 * package @sparticuz/chromium) or a system Chromium. Playwright's own browser download is never used.
 * ARGS come from CHROME_ARGS when the fallback browser needs its own flags.
 */
const executablePath: string | undefined = process.env.CHROME_PATH ?? findSystemBrowser();
const args: string[] = process.env.CHROME_ARGS
  ? (JSON.parse(process.env.CHROME_ARGS) as string[])
  : CHROMIUM_ARGS;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['./tests/helpers/playwright-summary-reporter.ts']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath, args },
  },
  webServer: {
    // --ignore-lock: a second preview (e.g. `npm run preview` in another terminal) must not
    // block the tests, and it stops Astro from backgrounding itself (docs/architecture.md, "Platform notes").
    // process.execPath: the Node 24 that runs the tests (the machine's own node may be too old for Astro).
    command: `"${process.execPath}" node_modules/astro/bin/astro.mjs preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
