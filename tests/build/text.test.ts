import { describe, expect, it } from 'vitest';
import { htmlPages, page } from '../helpers/dist';

/*
 * Astro 7's compressHTML 'jsx' drops the whitespace between inline elements on separate lines,
 * so "Eager</span>\n by default" ships as "Eagerby default" (STACK.md §1). Readers, screen
 * readers and search excerpts all see the glued words. This finds a word character touching an
 * inline tag boundary with another word character on the other side, in every page.
 */
const INLINE = '(?:a|code|time|strong|em|span|abbr|kbd|small|b|i)';
const OPENING = new RegExp(`[A-Za-z0-9,;:)](?:<${INLINE}(?:\\s[^>]*)?>)+[A-Za-z0-9(]`, 'g');
const CLOSING = new RegExp(`[A-Za-z0-9.)](?:</${INLINE}>)+(?:<${INLINE}(?:\\s[^>]*)?>)*[A-Za-z0-9(]`, 'g');

/** The places where two words run together across an inline tag, as short snippets of text. */
export function gluedText(html: string): string[] {
  const body = html.replace(/<head[\s\S]*?<\/head>/, '').replace(/<(script|style|pre)[\s\S]*?<\/\1>/g, '');
  return [...body.matchAll(OPENING), ...body.matchAll(CLOSING)].map((m) => {
    const around = body.slice(Math.max(0, m.index - 40), m.index + m[0].length + 10);
    return around.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ');
  });
}

describe('no words glued together across inline elements', () => {
  it('the detector finds the glue it is meant to find', () => {
    expect(gluedText('<p><span>Eager</span>by default</p>')).toHaveLength(1);
    expect(gluedText('<p>verified on<time>22 November</time></p>')).toHaveLength(1);
    expect(gluedText('<p>date),<code>licence</code></p>')).toHaveLength(1);
    expect(gluedText('<p><span>Eager</span> by default, <code>no</code>, <code>x</code></p>')).toEqual([]);
  });

  // Pair pages share one template; two of them stand for all 351.
  const pages = htmlPages().filter(
    (p) =>
      !/^\/compare\/.+-vs-.+\/$/.test(p) ||
      p === '/compare/jax-vs-pytorch/' ||
      p === '/compare/caffe-vs-onnx/',
  );
  it.each(pages)('%s', (path) => {
    expect(gluedText(page(path))).toEqual([]);
  });
});
