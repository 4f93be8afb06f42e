import { readdirSync, readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../src/data/statuses';
import { verificationAge } from '../../src/lib/freshness/age';
import { withIds } from '../../src/lib/changes';
import type { Change } from '../../src/schemas/changes';
import { SITE } from '../../src/site.config';
import { page, resolves } from '../helpers/dist';

const frameworkIds = readdirSync('content/frameworks')
  .filter((f) => !f.startsWith('_'))
  .map((f) => f.replace(/\.ya?ml$/, ''));
const log = withIds(
  (
    yaml.load(readFileSync('content/changes.yaml', 'utf8'), { schema: yaml.CORE_SCHEMA }) as {
      changes: Change[];
    }
  ).changes,
);

interface RssItem {
  title: string;
  link: string;
  guid: string | { '#text': string };
  pubDate: string;
  description: string;
}
/** Parses a built feed after checking it is well-formed XML; returns its channel. */
function feed(path: string): { title: string; link: string; items: RssItem[] } {
  const xml = readFileSync(`dist${path}`, 'utf8');
  expect(() => SyntaxValidator.validate(xml), path).not.toThrow();
  const doc = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
    rss: { '@_version': string; channel: { title: string; link: string; item?: RssItem | RssItem[] } };
  };
  expect(doc.rss['@_version']).toBe('2.0');
  const { item = [], ...channel } = doc.rss.channel;
  return { ...channel, items: Array.isArray(item) ? item : [item] };
}
const guidOf = (i: RssItem) => (typeof i.guid === 'string' ? i.guid : i.guid['#text']);

describe('the change feeds', () => {
  it('are checked by a validator that rejects malformed XML', () => {
    const xml = readFileSync('dist/changes.xml', 'utf8');
    expect(() => SyntaxValidator.validate(xml.replace('</channel>', ''))).toThrow();
    expect(() => SyntaxValidator.validate(xml.replace('<title>', '<title>R&D '))).toThrow();
  });

  it('/changes.xml is valid RSS 2.0 with one item per entry of content/changes.yaml', () => {
    const { title, items } = feed('/changes.xml');
    expect(title).toContain('what changed');
    expect(items).toHaveLength(log.length);
    expect(new Set(items.map(guidOf)).size).toBe(items.length);
    for (const item of items) {
      expect(item.title).toMatch(/changed from .+ to /);
      expect(item.description.length).toBeGreaterThan(20);
      expect(Number.isNaN(Date.parse(item.pubDate)), item.pubDate).toBe(false);
      expect(item.link).toMatch(/^https:\/\/.+\/changes\/#[a-z0-9-]+$/);
    }
  });

  it('links every item to its entry on /changes/', () => {
    const html = page('/changes/');
    for (const item of feed('/changes.xml').items) {
      const id = item.link.split('#')[1];
      expect(html, id).toContain(`id="${id}"`);
    }
  });

  it('has a valid feed per framework holding exactly its entries, linked from its profile', () => {
    for (const id of frameworkIds) {
      const { items } = feed(`/frameworks/${id}/changes.xml`);
      expect(items.length, id).toBe(log.filter((c) => c.framework === id).length);
      expect(page(`/frameworks/${id}/`)).toContain(`href="/frameworks/${id}/changes.xml"`);
    }
  });
});

describe('profiles', () => {
  it('show "What changed" with one entry per change of that framework', () => {
    for (const id of frameworkIds) {
      const html = page(`/frameworks/${id}/`);
      expect(html).toContain('<h2 id="changes">What changed</h2>');
      const section = html.slice(html.indexOf('<h2 id="changes">'), html.indexOf('<h2 id="sources">'));
      const expected = log.filter((c) => c.framework === id).length;
      expect((section.match(/<li/g) ?? []).length, id).toBe(expected);
      if (expected === 0) expect(section).toContain('No change to this profile');
    }
  });

  it('show when they were last verified, and a notice exactly when that is over 120 days before the build', () => {
    for (const id of frameworkIds) {
      const html = page(`/frameworks/${id}/`);
      const verified = /Last verified <time datetime="([\d-]+)"/.exec(html)?.[1];
      expect(verified, id).toBeDefined();
      expect(html.includes('data-verification-notice'), id).toBe(
        verificationAge(verified!, SITE.buildDate).notice,
      );
    }
  });

  it('link their status to the rule on /data/', () => {
    const html = page('/frameworks/theano/');
    const link = /href="(\/data\/#status-[a-z-]+)"/.exec(html)?.[1];
    expect(link).toBeDefined();
    expect(page('/data/')).toContain(`id="${link!.split('#')[1]}"`);
  });
});

describe('the status rule on /data/', () => {
  it('lists every status with every condition of src/data/statuses.ts', () => {
    const html = page('/data/').replace(/&#39;/g, "'");
    expect(html).toContain('id="statuses"');
    for (const [key, s] of Object.entries(STATUSES)) {
      expect(html).toContain(`id="status-${key}"`);
      for (const term of s.terms) expect(html, term).toContain(term);
    }
  });

  it('is linked from the compare legend', () => {
    expect(page('/compare/')).toContain('href="/data/#statuses"');
    expect(resolves('/changes/')).toBe(true);
  });
});
