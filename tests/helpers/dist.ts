import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = 'dist';

/** Every HTML page in dist/, as site paths ("/frameworks/jax/"). */
export function htmlPages(dir = DIST): string[] {
  if (!existsSync(dir)) throw new Error('dist/ is missing: run `npm run build` first (npm test does it).');
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(p);
      } else if (name.endsWith('.html')) {
        out.push(
          '/' +
            relative(DIST, p)
              .replace(/index\.html$/, '')
              .replace(/\\/g, '/'),
        );
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** The HTML of a site path. */
export function page(path: string): string {
  const file = path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
  return readFileSync(file, 'utf8');
}

/** True when a site path (without query or hash) is served by a file in dist/. */
export function resolves(path: string): boolean {
  const clean = decodeURI(path.split(/[?#]/)[0]);
  if (clean.endsWith('/')) return existsSync(join(DIST, clean, 'index.html'));
  return existsSync(join(DIST, clean)) || existsSync(join(DIST, clean, 'index.html'));
}

/** Values of an attribute on every matching tag, e.g. attrs(html, 'a', 'href'). */
export function attrs(html: string, tag: string, attr: string): string[] {
  const re = new RegExp(`<${tag}\\b[^>]*?\\s${attr}="([^"]*)"`, 'g');
  return [...html.matchAll(re)].map((m) => m[1].replace(/&amp;/g, '&'));
}

/** Ids defined in a page. */
export function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
}
