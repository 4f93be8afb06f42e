import { describe, expect, it } from 'vitest';
import { highlight, highlightCss } from '../../../../src/lib/snippets/highlight';

describe('class-based highlighting', () => {
  it('puts no style attributes in the markup and writes a rule for every class it used', async () => {
    const html = await highlight('import torch\nx = torch.ones(3)  # three ones\n', 'python');
    expect(html).toMatch(/^<pre class="shiki [^"]*astro-code/);
    expect(html).not.toContain('style=');
    const css = highlightCss();
    const classes = new Set(
      [...html.matchAll(/class="([^"]*)"/g)]
        .flatMap((m) => m[1].split(' '))
        .filter((c) => /^h[0-9a-z]+$/.test(c)),
    );
    expect(classes.size).toBeGreaterThan(2);
    for (const c of classes) expect(css).toMatch(new RegExp(`\\.${c}\\{--shiki-light:#[0-9A-Fa-f]{6}`));
  });

  it('gives the same style the same class on every call', async () => {
    const a = await highlight('x = 1', 'python');
    const b = await highlight('y = 1', 'python');
    const cls = (h: string) => [...h.matchAll(/class="(h[0-9a-z]+)">1</g)].map((m) => m[1]);
    expect(cls(a)).toEqual(cls(b));
  });

  it('leaves foreground tokens and line wrappers out, and keeps the text exactly', async () => {
    const code = 'import torch\nx = torch.ones(3)  # three ones\n\nprint(x < 4 & "a")\n';
    const html = await highlight(code, 'python');
    expect(html).not.toContain('class="line"');
    expect(html).toContain('x <span class="'); // "x " in the foreground colour is plain text
    const text = html
      .replace(/<[^>]+>/g, '')
      .replaceAll('&#x3C;', '<')
      .replaceAll('&#x26;', '&')
      .replaceAll('&#x22;', '"')
      .replaceAll('&lt;', '<')
      .replaceAll('&amp;', '&')
      .replaceAll('&quot;', '"');
    expect(text).toBe(code.replace(/\n+$/, ''));
    expect([...html.matchAll(/<span(?! class="h[0-9a-z]+">)/g)]).toEqual([]);
  });
});
