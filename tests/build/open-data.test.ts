import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/lib/open-data';
import { FRAMEWORK_SCHEMA_VERSION } from '../../src/schemas/framework';

const files = readdirSync('content/frameworks').filter((f) => !f.startsWith('_'));
const json = JSON.parse(readFileSync('dist/data/frameworks.json', 'utf8')) as {
  schemaVersion: string;
  frameworks: unknown[];
  licence: { spdx: string };
  dataVersion: string;
};
const csv = readFileSync('dist/data/frameworks.csv', 'utf8');
const schema = JSON.parse(readFileSync('dist/data/framework.schema.json', 'utf8')) as {
  required: string[];
  properties: Record<string, unknown>;
};

describe('open data', () => {
  it('JSON holds every framework with the schema version', () => {
    expect(json.schemaVersion).toBe(FRAMEWORK_SCHEMA_VERSION);
    expect(json.frameworks).toHaveLength(files.length);
    expect(json.licence.spdx).toBe('CC-BY-4.0');
    expect(json.dataVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('CSV has the documented header and one row per framework', () => {
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(files.length + 1);
  });

  it('JSON Schema requires what every real file has and knows every field they use', () => {
    for (const file of files) {
      const data = yaml.load(readFileSync(`content/frameworks/${file}`, 'utf8'), {
        schema: yaml.CORE_SCHEMA,
      }) as Record<string, unknown>;
      for (const key of schema.required) expect(data, `${file} ${key}`).toHaveProperty(key);
      for (const key of Object.keys(data)) expect(schema.properties, `${file} ${key}`).toHaveProperty(key);
    }
  });
});
