import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPATIBILITY_SCHEMA_VERSION, compatibilityExportSchema } from '../../src/schemas/compatibility';

const ids = readdirSync('content/compatibility').map((f) => f.replace(/\.ya?ml$/, ''));
const data = compatibilityExportSchema.parse(
  JSON.parse(readFileSync('dist/data/compatibility.json', 'utf8')),
);
const schema = JSON.parse(readFileSync('dist/data/compatibility.schema.json', 'utf8')) as {
  $id: string;
  properties: Record<string, unknown>;
};

describe('compatibility open data', () => {
  it('covers at least ten frameworks, one object per release line, with the schema version', () => {
    expect(data.schemaVersion).toBe(COMPATIBILITY_SCHEMA_VERSION);
    expect(ids.length).toBeGreaterThanOrEqual(10);
    expect(new Set(data.releases.map((r) => r.framework))).toEqual(new Set(ids));
    expect(schema.$id).toBe('compatibility.schema.json');
    expect(Object.keys(schema.properties)).toEqual(['schemaVersion', 'dataVersion', 'licence', 'releases']);
  });

  it('every line since 2023 has dates, sources on every accelerator and command, and pinned commands', () => {
    for (const r of data.releases) {
      expect(r.latestReleaseDate >= '2023-01-01', `${r.framework} ${r.version}`).toBe(true);
      expect(r.sources.length).toBeGreaterThan(0);
      for (const a of r.accelerators) expect(a.sources.length).toBeGreaterThan(0);
      for (const i of r.install) expect(i.command).toContain(r.latest);
    }
  });

  it('gives ONNX Runtime lines the newest opset they run, in the data and on the version table', () => {
    const ort = data.releases.filter((r) => r.framework === 'onnx-runtime');
    const measured = ort.filter((r) => r.maxOpset !== undefined);
    expect(measured.length).toBeGreaterThanOrEqual(ort.length - 1);
    // Newer lines never run fewer opsets than older ones.
    const byVersion = [...measured].sort((a, b) => a.released.localeCompare(b.released));
    for (let i = 1; i < byVersion.length; i++)
      expect(byVersion[i].maxOpset!).toBeGreaterThanOrEqual(byVersion[i - 1].maxOpset!);
    const html = readFileSync('dist/frameworks/onnx-runtime/versions/index.html', 'utf8');
    expect(html).toContain(`Runs models up to opset ${ort[0].maxOpset}`);
  });

  it('publishes endoflife.date-shaped release cycles per framework', () => {
    for (const id of ids) {
      const cycles = JSON.parse(readFileSync(`dist/data/release-cycles/${id}.json`, 'utf8')) as Record<
        string,
        unknown
      >[];
      expect(cycles.length).toBe(data.releases.filter((r) => r.framework === id).length);
      expect(Object.keys(cycles[0])).toEqual([
        'releaseCycle',
        'releaseDate',
        'eol',
        'latest',
        'latestReleaseDate',
      ]);
    }
  });
});

describe('version tables', () => {
  it.each(ids)('%s: one row per line, a citation in every cell', (id) => {
    const html = readFileSync(`dist/frameworks/${id}/versions/index.html`, 'utf8');
    const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)![1];
    const rows = body.split('<tr').slice(1);
    expect(rows.length).toBe(data.releases.filter((r) => r.framework === id).length);
    for (const row of rows) {
      for (const cell of row.split(/<t[dh][ >]/).slice(1))
        expect(cell, row.slice(0, 80)).toContain('class="cite"');
    }
  });
});
