// Finds a Chromium for the browser tests and the benchmark, in this order:
// CHROME_PATH, a system Chromium or Chrome, then the Chromium shipped inside the
// @sparticuz/chromium npm package (Linux x64 only). Playwright never downloads a browser here.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags that keep Chromium quiet on machines with a closed network and no GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A system browser on PATH or in a usual place, or undefined. */
export function findSystemBrowser(env = process.env) {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const name of SYSTEM_NAMES) if (dir && executable(join(dir, name))) return join(dir, name);
  }
  return SYSTEM_PATHS.find(executable);
}

/**
 * Resolves the browser: { path, args, origin }. Throws a message that says what to install.
 */
export async function findBrowser(env = process.env) {
  if (env.CHROME_PATH) {
    if (!executable(env.CHROME_PATH))
      throw new Error(`CHROME_PATH=${env.CHROME_PATH} is not an executable file.`);
    return { path: env.CHROME_PATH, args: CHROMIUM_ARGS, origin: 'CHROME_PATH' };
  }
  const system = findSystemBrowser(env);
  if (system) return { path: system, args: CHROMIUM_ARGS, origin: 'system' };
  if (process.platform === 'linux' && process.arch === 'x64') {
    try {
      const { default: chromium } = await import('@sparticuz/chromium');
      const path = await chromium.executablePath();
      return {
        path,
        args: [...new Set([...chromium.args, ...CHROMIUM_ARGS])],
        origin: '@sparticuz/chromium',
      };
    } catch (err) {
      throw new Error(
        `No browser found, and @sparticuz/chromium could not be unpacked (${err.message}). ${HOW_TO_INSTALL}`,
        { cause: err },
      );
    }
  }
  throw new Error(`No Chromium or Chrome found. ${HOW_TO_INSTALL}`);
}

const HOW_TO_INSTALL =
  'Install one (Debian/Ubuntu: `apt-get install chromium`; macOS: Google Chrome) or set CHROME_PATH to a Chromium-based browser.';
