import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allPairs, pairSlug } from '../../src/lib/compare/pairs';
import { page } from '../helpers/dist';

const ids = readdirSync('content/frameworks')
  .filter((f) => !f.startsWith('_'))
  .map((f) => f.replace(/\.ya?ml$/, ''));

describe('comparison pages', () => {
  it('the table has one row per framework and every column, with no JavaScript needed to read it', () => {
    const html = page('/compare/');
    expect(html.match(/<tr data-id=/g)).toHaveLength(ids.length);
    for (const id of ids) expect(html).toContain(`<tr data-id="${id}"`);
    expect(html).toMatch(/<th scope="col" data-col="name" aria-sort="ascending">/);
  });

  it('has a page for every pair in canonical order, and the other order redirects to it', () => {
    const dirs = new Set(
      readdirSync('dist/compare', { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name),
    );
    const pairs = allPairs(ids);
    expect(pairs.length).toBe((ids.length * (ids.length - 1)) / 2);
    for (const [a, b] of pairs) {
      expect(dirs.has(`${a}-vs-${b}`), `${a}-vs-${b}`).toBe(true);
      const reverse = page(`/compare/${b}-vs-${a}/`);
      expect(reverse).toContain(`<meta http-equiv="refresh" content="0; url=/compare/${pairSlug(a, b)}/"`);
      expect(reverse).toContain('<meta name="robots" content="noindex"');
    }
    expect(dirs.size).toBe(pairs.length * 2);
  });

  it('a pair page answers the query in its description and marks differences in words', () => {
    const html = page('/compare/jax-vs-pytorch/');
    expect(html).toMatch(
      /<meta name="description" content="JAX is [^"]+; PyTorch is [^"]+; they differ in \d+ of \d+ sourced facts\."/,
    );
    expect(html).toMatch(/<h1[^>]*>JAX vs PyTorch<\/h1>/);
    expect(html).toContain('>differs</span>');
    expect(html).toContain('href="/frameworks/jax/"');
  });

  it('the sitemap lists canonical pairs only', () => {
    const sitemap = page('/sitemap-0.xml');
    expect(sitemap).toContain('/compare/jax-vs-pytorch/');
    expect(sitemap).not.toContain('/compare/pytorch-vs-jax/');
  });
});
