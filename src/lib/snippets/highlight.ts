import { createHighlighter, type Highlighter } from 'shiki';
import { SNIPPET_LANGUAGES } from '../../data/snippet-languages.ts';
import { SHIKI_THEMES } from '../shiki-themes.ts';

/**
 * Shiki highlighting with classes instead of inline styles. Each distinct token style (a pair
 * of light and dark colours) becomes one short class, named by a hash of the style so every
 * page agrees, and /code/highlight.css holds the rules. A page of sixteen snippets then carries
 * no style attributes at all: far fewer bytes, and nothing for the CSP's style-src-attr.
 *
 * Two more cuts keep the heaviest task page (a dozen long data-parallel programs) inside its
 * 30 KB budget: a token in the theme's own foreground colour is left as plain text (it inherits
 * the colour from the <pre>, about 1 800 spans fewer there), and the per-line wrappers Shiki adds
 * are dropped (nothing styles them; the newlines stay).
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

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** The style string of a token in the themes' own foreground colours, compared case-blind. */
let foregroundStyle: string | undefined;

/** A hast element's classes, whether Shiki gave them as a list or as one string. */
function classList(properties: Record<string, unknown> | undefined): unknown[] {
  const cls = properties?.class;
  return Array.isArray(cls) ? cls : typeof cls === 'string' ? cls.split(' ') : [];
}

function moveStyleToClass(node: { properties: Record<string, unknown> }): void {
  const style = node.properties.style;
  if (typeof style !== 'string' || style === '') return;
  delete node.properties.style;
  if (node.properties.class === undefined && style.toLowerCase() === foregroundStyle) return;
  node.properties.class = [...classList(node.properties), classFor(style)].join(' ');
}

/** A span with no class left: a line wrapper or a foreground token, replaced by its content. */
function isBareSpan(node: HastNode): boolean {
  if (node.type !== 'element' || node.tagName !== 'span') return false;
  return (
    classList(node.properties).every((c) => c === 'line') &&
    Object.keys(node.properties ?? {}).every((k) => k === 'class')
  );
}

/** Replaces bare spans by their children, at any depth, and joins the text nodes that meet. */
function unwrapBareSpans(children: HastNode[]): HastNode[] {
  const out: HastNode[] = [];
  for (const child of children) {
    const flat = isBareSpan(child) ? unwrapBareSpans(child.children ?? []) : [child];
    for (const node of flat) {
      if (node.type === 'element' && node.children) node.children = unwrapBareSpans(node.children);
      const last = out.at(-1);
      if (node.type === 'text' && last?.type === 'text') last.value = (last.value ?? '') + (node.value ?? '');
      else out.push(node);
    }
  }
  return out;
}

/** Highlights code to a `<pre class="astro-code …">` with class-based colours for both themes. */
export async function highlight(code: string, shikiLang: string): Promise<string> {
  highlighter ??= createHighlighter({ themes: Object.values(SHIKI_THEMES), langs: LANGS });
  const hl = await highlighter;
  foregroundStyle ??=
    `--shiki-light:${hl.getTheme(SHIKI_THEMES.light).fg};--shiki-dark:${hl.getTheme(SHIKI_THEMES.dark).fg}`.toLowerCase();
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
        code(node) {
          node.children = unwrapBareSpans(node.children) as typeof node.children;
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
