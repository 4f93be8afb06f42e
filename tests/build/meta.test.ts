import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlPages, page } from '../helpers/dist';
import { isIndexable } from '../../src/lib/indexable';

describe('meta and feeds', () => {
  it.each(htmlPages().filter(isIndexable))(
    '%s has OpenGraph tags matching its title and canonical URL',
    (path) => {
      const html = page(path);
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      expect(html).toContain(`<meta property="og:url" content="${canonical}"`);
      expect(html).toMatch(/<meta property="og:title" content="[^"]+"/);
      expect(html).toMatch(/<meta property="og:description" content="[^"]{20,}"/);
      expect(html).toMatch(/<meta property="og:type" content="(website|article)"/);
    },
  );

  it('the 404 page, served at any missing address, declares no canonical URL or og:url', () => {
    const html = page('/404.html');
    expect(html).not.toContain('rel="canonical"');
    expect(html).not.toContain('property="og:url"');
    expect(html).toContain('<meta name="robots" content="noindex"');
  });

  it('the sitemap lists every indexable page and not the 404 or search pages', () => {
    const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    const expected = htmlPages().filter(isIndexable);
    expect(urls.sort()).toEqual(expected.sort());
  });

  it('robots.txt allows crawling and names the sitemap', () => {
    const robots = readFileSync('dist/robots.txt', 'utf8');
    expect(robots).toContain('Allow: /');
    expect(robots).toMatch(/Sitemap: https:\/\/.+\/sitemap-index\.xml/);
  });

  it('the RSS feed lists every guide with an absolute link', () => {
    const rss = readFileSync('dist/guides/rss.xml', 'utf8');
    const guides = htmlPages().filter((p) => /^\/guides\/.+\//.test(p));
    for (const g of guides) expect(rss).toContain(`${g}</link>`);
    expect(page('/')).toContain('type="application/rss+xml"');
  });

  it('ships security headers for hosts that read _headers', () => {
    const headers = readFileSync('dist/_headers', 'utf8');
    for (const h of ['X-Content-Type-Options: nosniff', "frame-ancestors 'none'", 'Referrer-Policy'])
      expect(headers).toContain(h);
  });
});
