import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, frameworkJsonSchema, toCsv, toOpenData } from '../../../src/lib/open-data';
import { csvCell as csvField } from '../../../src/lib/compare/state';
import { FRAMEWORK_SCHEMA_VERSION } from '../../../src/schemas/framework';
import { makeFramework } from '../../helpers/factory';

describe('CSV', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });
  it('defuses spreadsheet formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });
  it('writes a header and one row per framework, sorted by id', () => {
    const csv = toCsv([makeFramework('zeta'), makeFramework('alpha', { name: 'Alpha, the first' })]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[1].startsWith('alpha,"Alpha, the first",full-framework,active')).toBe(true);
    expect(lines[2].startsWith('zeta,')).toBe(true);
    expect(lines[1].split(',').length).toBeGreaterThanOrEqual(CSV_COLUMNS.length);
  });
});

describe('JSON', () => {
  it('carries the schema version, the data date and the ids', () => {
    const a = makeFramework('a', { lastVerified: '2026-10-01' });
    const b = makeFramework('b', { lastVerified: '2026-11-02' });
    const out = toOpenData([b, a], {
      spdx: 'CC-BY-4.0',
      url: 'https://creativecommons.org/licenses/by/4.0/',
    });
    expect(out.schemaVersion).toBe(FRAMEWORK_SCHEMA_VERSION);
    expect(out.dataVersion).toBe('2026-11-02');
    expect(out.frameworks.map((f) => f.id)).toEqual(['a', 'b']);
  });
  it('publishes a JSON Schema that requires the core fields and describes dates', () => {
    const schema = frameworkJsonSchema() as {
      required: string[];
      properties: Record<string, { pattern?: string }>;
    };
    expect(schema.required).toEqual(
      expect.arrayContaining(['id', 'name', 'kind', 'status', 'sources', 'lastVerified']),
    );
    expect(schema.properties.lastVerified?.pattern).toBeDefined();
  });
});
