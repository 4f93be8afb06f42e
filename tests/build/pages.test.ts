import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attrs, htmlPages, ids, page, resolves } from '../helpers/dist';
import { isIndexable } from '../../src/lib/indexable';

const frameworkIds = readdirSync('content/frameworks')
  .filter((f) => !f.startsWith('_'))
  .map((f) => f.replace(/\.ya?ml$/, ''));
const articleIds = readdirSync('content/articles').map((f) => f.replace(/\.mdx?$/, ''));
const pages = htmlPages();
/** Full pages; the reversed pair pages are tiny redirects with no layout. */
const fullPages = pages.filter(isIndexable).concat(['/404.html', '/search/']);

describe('built pages', () => {
  it('include a profile per framework file, a guide per article and the fixed pages', () => {
    for (const id of frameworkIds) expect(pages).toContain(`/frameworks/${id}/`);
    for (const id of articleIds) expect(pages).toContain(`/guides/${id}/`);
    for (const p of ['/', '/frameworks/', '/frameworks/by-first-release/', '/guides/', '/data/', '/404.html'])
      expect(pages).toContain(p);
  });

  it.each(fullPages)(
    '%s has a language, a title, a description, a canonical URL (none on the 404 page), one h1 and a skip link',
    (path) => {
      const html = page(path);
      expect(html).toMatch(/<html lang="en"/);
      expect(html).toMatch(/<title>[^<]+<\/title>/);
      expect(html).toMatch(/<meta name="description" content="[^"]{20,}"/);
      if (path === '/404.html') expect(html).not.toContain('rel="canonical"');
      else expect(html).toMatch(/<link rel="canonical" href="https:\/\//);
      expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
      expect(html).toContain('href="#main"');
      expect(html).toContain('id="main"');
    },
  );

  it('has no broken internal link or anchor', () => {
    const broken: string[] = [];
    // Each pair page links to many rows of /concepts/: parse a target page's ids once.
    const targetIds = new Map<string, Set<string>>();
    const idsOf = (target: string) => {
      if (!targetIds.has(target)) targetIds.set(target, ids(page(target)));
      return targetIds.get(target)!;
    };
    for (const path of pages) {
      const html = page(path);
      const own = ids(html);
      for (const href of attrs(html, 'a', 'href')) {
        if (href.startsWith('#')) {
          if (href.length > 1 && !own.has(decodeURIComponent(href.slice(1))))
            broken.push(`${path} → ${href}`);
        } else if (href.startsWith('/')) {
          const [target, hash] = href.split('#');
          if (!resolves(target)) broken.push(`${path} → ${href}`);
          else if (hash && target.endsWith('/') && !idsOf(target).has(hash)) broken.push(`${path} → ${href}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('marks every external link noopener noreferrer', () => {
    const bad: string[] = [];
    for (const path of pages) {
      for (const m of page(path).matchAll(/<a\b[^>]*href="https?:[^"]*"[^>]*>/g)) {
        if (!/rel="noopener noreferrer"/.test(m[0])) bad.push(`${path}: ${m[0]}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('ships a content-security policy without unsafe-inline scripts', () => {
    for (const path of pages) {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(page(path))?.[1];
      expect(csp, path).toBeDefined();
      const scriptSrc = /script-src ([^;]+)/.exec(csp!)?.[1] ?? '';
      expect(scriptSrc).not.toContain('unsafe-inline');
    }
  });
});

describe('profiles', () => {
  const data = JSON.parse(readFileSync('dist/data/frameworks.json', 'utf8')) as {
    frameworks: { id: string; status: { value: string; successor?: string }; sources: unknown[] }[];
  };

  it.each(data.frameworks.map((f) => [f.id, f] as const))(
    '%s lists its sources, edit and report links',
    (id, f) => {
      const html = page(`/frameworks/${id}/`);
      expect(html.match(/<li id="source-/g)).toHaveLength(f.sources.length);
      expect(html).toContain(`/edit/main/content/frameworks/${id}.yaml`);
      expect(html).toContain('Report a problem');
      expect(html).toMatch(/Last verified <time datetime="\d{4}-\d{2}-\d{2}">/);
      if (f.status.value !== 'active') expect(html).toContain('role="note"');
      if (f.status.successor) expect(html).toContain(`href="/frameworks/${f.status.successor}/"`);
    },
  );

  it('every citation mark points at a source on the same page', () => {
    for (const { id } of data.frameworks) {
      const html = page(`/frameworks/${id}/`);
      const own = ids(html);
      for (const href of attrs(html, 'a', 'href').filter((h) => h.startsWith('#source-')))
        expect(own.has(href.slice(1)), `${id} ${href}`).toBe(true);
    }
  });
});

describe('guides', () => {
  it.each(articleIds)('%s has a table of contents whose links resolve', (id) => {
    const html = page(`/guides/${id}/`);
    expect(html).toContain('id="toc-title"');
    const own = ids(html);
    const tocLinks = [...html.matchAll(/<a href="#([^"]+)"/g)].map((m) => m[1]).filter((a) => a !== 'main');
    expect(tocLinks.length).toBeGreaterThan(2);
    for (const anchor of tocLinks) expect(own.has(anchor), anchor).toBe(true);
  });
});
