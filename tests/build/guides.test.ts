import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { page } from '../helpers/dist';
import { wordCount } from '../../src/lib/guides';
import { pairSlug } from '../../src/lib/compare/pairs';

interface FrontMatter {
  title: string;
  frameworks: string[];
  draft?: boolean;
}

const guides = readdirSync('content/articles')
  .filter((f) => /^[^_].*\.mdx?$/.test(f))
  .map((f) => {
    const text = readFileSync(`content/articles/${f}`, 'utf8');
    const data = yaml.load(/^---\n([\s\S]*?)\n---/.exec(text)![1]) as FrontMatter;
    return { id: f.replace(/\.mdx?$/, ''), data };
  })
  .filter((g) => !g.data.draft);

/**
 * The reader-facing prose of a built guide: the article body without code blocks, code
 * captions, citation brackets or the sources list, as plain text.
 */
export function guideProse(html: string): string {
  const start = html.indexOf('<div class="prose');
  const end = html.indexOf('<section aria-labelledby="guide-sources"');
  if (start < 0 || end < 0) throw new Error('guide body or sources section not found');
  return html
    .slice(start, end)
    .replace(/<pre[\s\S]*?<\/pre>/g, ' ')
    .replace(/<figcaption[\s\S]*?<\/figcaption>/g, ' ')
    .replace(/<sup class="cite[\s\S]*?<\/sup>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
}

/** Words of each guide, shared by the length test and the report in the closing note. */
const counts = Object.fromEntries(guides.map((g) => [g.id, wordCount(guideProse(page(`/guides/${g.id}/`)))]));

describe('guides', () => {
  it('at least eight guides are published', () => expect(guides.length).toBeGreaterThanOrEqual(8));

  it.each(guides.map((g) => g.id))('%s has 1 000 to 2 500 words of prose', (id) => {
    expect(counts[id]).toBeGreaterThanOrEqual(1000);
    expect(counts[id]).toBeLessThanOrEqual(2500);
  });

  it.each(guides.map((g) => g.id))('%s shows its last-reviewed date and a sources list with links', (id) => {
    const html = page(`/guides/${id}/`);
    expect(html).toMatch(/last reviewed <time datetime="\d{4}(-\d{2}){0,2}">/);
    const sources = html.slice(html.indexOf('<section aria-labelledby="guide-sources"'));
    expect(sources).toMatch(/<h2 id="guide-sources">Sources<\/h2>/);
    expect((sources.match(/<li>\s*<a href="https:\/\//g) ?? []).length).toBeGreaterThan(0);
    expect(html).toContain('<a href="#guide-sources">Sources</a>');
  });

  it.each(guides.map((g) => g.id))('%s renders framework facts with their citations', (id) => {
    const html = page(`/guides/${id}/`);
    const facts = html.match(/<span class="fact"/g) ?? [];
    expect(facts.length).toBeGreaterThan(0);
    expect(html).toMatch(/<sup class="cite fact-cite"[^>]*>\s*<a href="https:\/\/[^"]+"/);
    // The visible host stays in the link's name; hidden text adds the source's title and read date.
    expect(html).toMatch(/<span class="sr-only"[^>]*>\s*\(source: [^<]+, read [^<]+\)<\/span>/);
  });

  it.each(guides.map((g) => g.id))('%s is linked from the profile of every framework it lists', (id) => {
    const g = guides.find((x) => x.id === id)!;
    for (const fw of g.data.frameworks)
      expect(page(`/frameworks/${fw}/`), `profile ${fw}`).toContain(`href="/guides/${id}/"`);
  });

  it.each(guides.map((g) => g.id))('%s is linked from the pair pages of the frameworks it lists', (id) => {
    const g = guides.find((x) => x.id === id)!;
    const [a, b] = g.data.frameworks;
    if (!b) return;
    expect(page(`/compare/${pairSlug(a, b)}/`)).toContain(`href="/guides/${id}/"`);
  });

  it('every guide is in the RSS feed, the sitemap, the guide index and the search index', () => {
    const rss = readFileSync('dist/guides/rss.xml', 'utf8');
    const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
    const index = page('/guides/');
    const fragments = readdirSync('dist/pagefind/fragment').map((f) =>
      gunzipSync(readFileSync(`dist/pagefind/fragment/${f}`)).toString('utf8'),
    );
    for (const { id } of guides) {
      expect(rss, id).toContain(`/guides/${id}/</link>`);
      expect(sitemap, id).toContain(`/guides/${id}/</loc>`);
      expect(index, id).toContain(`href="/guides/${id}/"`);
      expect(
        fragments.some((f) => f.includes(`"url":"/guides/${id}/"`)),
        `search index has ${id}`,
      ).toBe(true);
    }
  });

  it('prints the word count of each guide', () => {
    console.log(
      Object.entries(counts)
        .map(([id, n]) => `${String(n).padStart(5)}  ${id}`)
        .join('\n'),
    );
    expect(Object.keys(counts).length).toBe(guides.length);
  });
});
