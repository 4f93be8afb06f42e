import { createHighlighter, type Highlighter } from 'shiki';
import { SNIPPET_LANGUAGES } from '../../data/snippet-languages.ts';
import { SHIKI_THEMES } from '../shiki-themes.ts';

/**
 * Shiki highlighting with classes instead of inline styles. Each distinct token style (a pair
 * of light and dark colours) becomes one short class, named by a hash of the style so every
 * page agrees, and /code/highlight.css holds the rules. A page of sixteen snippets then carries
 * no style attributes at all: far fewer bytes, and nothing for the CSP's style-src-attr.
 */

const LANGS = [...new Set(Object.values(SNIPPET_LANGUAGES).map((l) => l.shiki))];
let highlighter: Promise<Highlighter> | undefined;
const rules = new Map<string, string>();

/** FNV-1a, 32 bits, in base 36: short, stable class names. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The class for a style string, registering its rule. */
function classFor(style: string): string {
  const name = `h${shortHash(style)}`;
  const known = rules.get(name);
  if (known !== undefined && known !== style)
    throw new Error(`Highlight class collision: ${name} for "${known}" and "${style}"`);
  rules.set(name, style);
  return name;
}

function moveStyleToClass(node: { properties: Record<string, unknown> }): void {
  const style = node.properties.style;
  if (typeof style !== 'string' || style === '') return;
  delete node.properties.style;
  const existing = node.properties.class;
  const list: unknown[] = Array.isArray(existing)
    ? existing
    : typeof existing === 'string'
      ? existing.split(' ')
      : [];
  node.properties.class = [...list, classFor(style)].join(' ');
}

/** Highlights code to a `<pre class="astro-code …">` with class-based colours for both themes. */
export async function highlight(code: string, shikiLang: string): Promise<string> {
  highlighter ??= createHighlighter({ themes: Object.values(SHIKI_THEMES), langs: LANGS });
  const hl = await highlighter;
  return hl.codeToHtml(code.replace(/\n+$/, ''), {
    lang: shikiLang,
    themes: SHIKI_THEMES,
    defaultColor: false,
    transformers: [
      {
        pre(node) {
          moveStyleToClass(node);
          this.addClassToHast(node, 'astro-code');
        },
        span(node) {
          moveStyleToClass(node);
        },
      },
    ],
  });
}

/** The stylesheet for every class registered so far, sorted so the file is stable. */
export function highlightCss(): string {
  return [...rules]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, style]) => `.${name}{${style}}`)
    .join('\n');
}
