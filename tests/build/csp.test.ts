import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { htmlPages, page } from '../helpers/dist';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The page's CSP directives, from its <meta http-equiv> tag. */
function policy(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name, values]),
  );
}

describe('Content-Security-Policy', () => {
  it.each(htmlPages())('%s: every inline script and style is allowed by its hash', (path) => {
    const html = page(path);
    const csp = policy(html);
    const scripts = csp.get('script-src') ?? [];
    const styles = csp.get('style-src') ?? [];
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(styles).not.toContain("'unsafe-inline'");
    for (const m of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
      expect(scripts, `inline script on ${path}: ${m[1].slice(0, 60)}`).toContain(sha256(m[1]));
    }
    for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
      expect(styles, `inline style on ${path}`).toContain(sha256(m[1]));
    }
  });

  it.each(htmlPages())('%s: no inline event handlers or javascript: URLs', (path) => {
    const html = page(path);
    expect(html).not.toMatch(/\son[a-z]+="/);
    expect(html).not.toMatch(/href="javascript:/i);
  });

  it('only style attributes get unsafe-inline (Shiki), and frames and plugins are off', () => {
    const csp = policy(page('/frameworks/pytorch/'));
    expect(csp.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
  });
});
