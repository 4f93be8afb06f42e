import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { defaultsFileSchema } from '../../src/schemas/defaults';
import { htmlPages, page } from '../helpers/dist';

const file = defaultsFileSchema.parse(
  yaml.load(readFileSync('content/defaults.yaml', 'utf8'), { schema: yaml.CORE_SCHEMA }),
);
const differs = (id: string, fws?: string[]) => {
  const row = file.rows.find((r) => r.id === id)!;
  const values = Object.entries(row.cells)
    .filter(([fw]) => !fws || fws.includes(fw))
    .map(([, c]) => JSON.stringify(c.value));
  return new Set(values).size > 1;
};
/** Text of an HTML fragment with tags removed and the entities Astro writes decoded. */
const text = (html: string) =>
  html
    .replace(/<wbr\s*\/?>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
const section = (html: string, id: string) => {
  const start = html.indexOf(`aria-labelledby="${id}"`);
  expect(start, `no section labelled by #${id}`).toBeGreaterThan(0);
  return html.slice(start, html.indexOf('</section>', start));
};

describe('defaults that differ', () => {
  const concepts = section(page('/concepts/'), 'defaults-that-differ');

  it('shows on /concepts/ exactly the rows where frameworks differ, with the versions read', () => {
    for (const row of file.rows) {
      expect(concepts.includes(`id="default-${row.id}"`), row.id).toBe(differs(row.id));
    }
    expect(text(concepts)).toContain(`read on ${file.read}`);
  });

  it('gives every cell its value, its introspection source and the package version', () => {
    const body = text(concepts);
    for (const row of file.rows.filter((r) => differs(r.id))) {
      for (const cell of Object.values(row.cells)) {
        expect(body, `${row.id}: source`).toContain(cell.source);
        expect(body, `${row.id}: version`).toContain(`${cell.package} ${cell.version}`);
      }
    }
  });

  it('lists on a pair page only the rows where the two differ, linked to /concepts/', () => {
    const pair = section(page('/compare/keras-vs-pytorch/'), 'pair-defaults-title');
    const shown = [...pair.matchAll(/href="\/concepts\/#default-([a-z0-9-]+)"/g)].map((m) => m[1]);
    const expected = file.rows
      .filter((r) => r.cells.keras && r.cells.pytorch && differs(r.id, ['keras', 'pytorch']))
      .map((r) => r.id);
    expect(shown).toEqual(expected);
    expect(expected.length).toBeGreaterThan(3);
    for (const id of shown) expect(concepts, id).toContain(`id="default-${id}"`);
  });

  it('says when two frameworks agree, and when one side has no data', () => {
    expect(text(section(page('/compare/keras-vs-tensorflow/'), 'pair-defaults-title'))).toMatch(
      /Keras and TensorFlow agree on all \d+ defaults/,
    );
    expect(text(section(page('/compare/burn-vs-pytorch/'), 'pair-defaults-title'))).toContain(
      'No defaults have been read from Burn',
    );
  });

  it('is on every pair page', () => {
    const pairs = htmlPages().filter((p) => /^\/compare\/[a-z0-9-]+-vs-[a-z0-9-]+\/$/.test(p));
    const canonical = pairs.filter((p) => !page(p).includes('http-equiv="refresh"'));
    expect(canonical.length).toBeGreaterThan(100);
    for (const p of canonical) expect(page(p), p).toContain('id="pair-defaults-title"');
  });
});
