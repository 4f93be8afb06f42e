import type { Check, CheckContext } from './context.ts';
import type { ContentIssue } from './issue.ts';
import { locateField } from './locate.ts';
import { parseDataFile } from './parse.ts';
import { isBefore } from './date-order.ts';
import { isAfter } from './dates.ts';
import { routeMatcher } from './routes.ts';
import { articleSchema } from '../../schemas/article.ts';
import { KINDS } from '../../data/kinds.ts';
import { normalizePartialDate } from '../../schemas/common.ts';

/** The front matter block of an MDX/Markdown file: its text and the line it starts on (1-based). */
export function frontMatterOf(text: string): { text: string; line: number } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  return m ? { text: m[1], line: 2 } : undefined;
}

/** 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

/** The body after the front matter, blanked out inside code fences and inline code so examples are not checked. */
export function proseOf(text: string): string {
  const fm = /^---\r?\n[\s\S]*?\r?\n---/.exec(text);
  const keep = (s: string) => s.replace(/[^\n]/g, ' ');
  let body = fm ? keep(fm[0]) + text.slice(fm[0].length) : text;
  body = body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, keep);
  body = body.replace(/`[^`\n]+`/g, keep);
  return body;
}

/**
 * Front matter checked before the build: Astro reads it with YAML's default schema, which turns
 * 2026-02-30 into 2 March without a word, and reports a bad field only as a build failure.
 */
export const articleFrontMatterCheck: Check = {
  name: 'article-front-matter',
  description:
    "A guide's front matter matches the article schema (types, real dates), its dates are not in the future, and `updated` is not before `published`.",
  run({ articles, today }) {
    const issues: ContentIssue[] = [];
    for (const a of articles) {
      const fm = frontMatterOf(a.text);
      if (!fm) {
        issues.push({
          check: this.name,
          file: a.file,
          line: 1,
          field: '',
          message: 'The guide has no front matter',
          fix: 'Start the file with a --- block holding title, description and published (see an existing guide)',
        });
        continue;
      }
      const { parsed, issues: found } = parseDataFile(
        { file: a.file, text: fm.text },
        articleSchema,
        'src/schemas/article.ts',
      );
      for (const i of found)
        issues.push({
          ...i,
          check: i.check === 'schema' ? this.name : i.check,
          line: i.line === undefined ? undefined : i.line + fm.line - 1,
        });
      const raw = parsed.raw as Record<string, unknown> | undefined;
      const published = normalizePartialDate(raw?.published);
      for (const key of ['published', 'updated', 'reviewed']) {
        const value = normalizePartialDate(raw?.[key]);
        if (typeof value !== 'string' || !/^\d{4}/.test(value)) continue;
        const line = (locateField(fm.text, [key]) ?? 1) + fm.line - 1;
        if (isAfter(value, today))
          issues.push({
            check: this.name,
            file: a.file,
            line,
            field: key,
            message: `The date ${value} is in the future (today is ${today})`,
            fix: 'Use the date the guide was actually published or revised',
          });
        else if (key !== 'published' && typeof published === 'string' && isBefore(value, published))
          issues.push({
            check: this.name,
            file: a.file,
            line,
            field: key,
            message: `\`${key}\` (${value}) is before \`published\` (${published})`,
            fix: 'A guide is revised after it is published: correct one of the two dates',
          });
      }
    }
    return issues;
  },
};

/** Link targets in a guide's prose: Markdown links and href attributes, with their offsets. */
export function internalLinks(prose: string): { href: string; offset: number }[] {
  const out: { href: string; offset: number }[] = [];
  for (const m of prose.matchAll(/\]\((\/[^)\s]*)(?:\s+"[^"]*")?\)/g))
    out.push({ href: m[1], offset: m.index });
  for (const m of prose.matchAll(/\bhref=(?:"(\/[^"]*)"|'(\/[^']*)'|\{["'](\/[^"']*)["']\})/g))
    out.push({ href: m[1] ?? m[2] ?? m[3], offset: m.index });
  return out.filter((l) => !l.href.startsWith('//'));
}

/** Props of components in a guide that name a framework or a task. */
const FRAMEWORK_PROPS = new Set(['framework', 'a', 'b']);
const LIST_PROPS = new Set(['frameworks']);

/** Component props that name ids: `<X framework="jax">`, `<FrameworkLink id="jax">`, `<Y task="mlp">`. */
export function componentIds(
  prose: string,
): { component: string; prop: string; value: string; kind: 'framework' | 'task'; offset: number }[] {
  const out: ReturnType<typeof componentIds> = [];
  for (const tag of prose.matchAll(/<([A-Z][A-Za-z0-9]*)\b([^>]*)>/g)) {
    const component = tag[1];
    for (const attr of tag[2].matchAll(/\b([a-zA-Z]+)=(?:"([^"]*)"|'([^']*)'|\{["']([^"']*)["']\})/g)) {
      const prop = attr[1];
      const value = attr[2] ?? attr[3] ?? attr[4];
      const offset = tag.index + tag[0].indexOf(attr[0]);
      const isFramework = FRAMEWORK_PROPS.has(prop) || (prop === 'id' && component.startsWith('Framework'));
      if (isFramework) out.push({ component, prop, value, kind: 'framework', offset });
      else if (LIST_PROPS.has(prop))
        for (const v of value.split(/[\s,]+/).filter(Boolean))
          out.push({ component, prop, value: v, kind: 'framework', offset });
      else if (prop === 'task') out.push({ component, prop, value, kind: 'task', offset });
    }
  }
  return out;
}

/** Ids the site's dynamic routes accept, from the content itself. */
function routeValues(ctx: CheckContext): Record<string, ReadonlySet<string>> {
  const ids = ctx.frameworks.map((f) => f.stem).sort();
  const pairs = new Set<string>();
  for (const a of ids) for (const b of ids) if (a !== b) pairs.add(`${a}-vs-${b}`);
  const tasks = new Set((ctx.code.tasks?.data?.tasks ?? []).map((t) => t.id));
  const slugs = new Set(ctx.articles.map((a) => a.file.replace(/^.*\//, '').replace(/\.mdx?$/, '')));
  return { id: new Set(ids), pair: pairs, task: tasks, slug: slugs, kind: new Set(Object.keys(KINDS)) };
}

/**
 * Links and ids inside a guide's body resolve: an internal link to a page that will not be built,
 * or a component naming an unknown framework, is found here with its line instead of failing
 * the build (or passing it with a broken link).
 */
export const articleLinksCheck: Check = {
  name: 'article-links',
  description:
    'Internal links in a guide lead to pages the site builds, and components name existing frameworks and tasks.',
  run(ctx) {
    if (!ctx.site) return [];
    const exists = routeMatcher(ctx.site.pages, ctx.site.publicFiles, routeValues(ctx));
    const frameworks = new Set(ctx.frameworks.map((f) => f.stem));
    const tasks = new Set((ctx.code.tasks?.data?.tasks ?? []).map((t) => t.id));
    const issues: ContentIssue[] = [];
    for (const a of ctx.articles) {
      const prose = proseOf(a.text);
      for (const link of internalLinks(prose)) {
        if (exists(link.href)) continue;
        issues.push({
          check: this.name,
          file: a.file,
          line: lineAt(a.text, link.offset),
          field: '',
          message: `The link ${link.href} leads to no page of the site`,
          fix: 'Link to a page that exists (framework pages are /frameworks/<id>/, tasks /code/<task>/, pairs /compare/<a>-vs-<b>/), or fix the id',
        });
      }
      for (const c of componentIds(prose)) {
        const known = c.kind === 'framework' ? frameworks : tasks;
        if (known.has(c.value)) continue;
        issues.push({
          check: this.name,
          file: a.file,
          line: lineAt(a.text, c.offset),
          field: `<${c.component} ${c.prop}>`,
          message: `<${c.component}> names the ${c.kind} "${c.value}", which does not exist`,
          fix:
            c.kind === 'framework'
              ? 'Use the id of a file in content/frameworks/ (its name without .yaml)'
              : 'Use the id of a task in content/tasks.yaml',
        });
      }
    }
    return issues;
  },
};
