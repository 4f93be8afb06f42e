import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INTERCHANGE_FORMATS, INTERCHANGE_SOURCES } from '../../src/data/interchange';
import { interchangeFileName, programHash } from '../../src/lib/interchange';
import { interchangeRecordSchema } from '../../src/schemas/interchange';

const DIR = 'content/interchange';
const names = existsSync(DIR) ? readdirSync(DIR).filter((n) => n.endsWith('.json')) : [];
const records = names.map((name) => ({
  name,
  record: interchangeRecordSchema.parse(JSON.parse(readFileSync(`${DIR}/${name}`, 'utf8'))),
}));
const programs = readdirSync('verify/interchange')
  .filter((name) => name.endsWith('.py'))
  .map((name) => ({ name, text: readFileSync(`verify/interchange/${name}`, 'utf8') }));

describe('the committed interchange records', () => {
  it('exist: one per cell the run makes', () => expect(names.length).toBeGreaterThanOrEqual(10));

  it.each(records)('$name is named after its fields', ({ name, record }) =>
    expect(interchangeFileName(record)).toBe(name),
  );

  it('were all made by the programs in verify/interchange/ as they are now', () => {
    const current = programHash(programs);
    const stale = records.filter((r) => r.record.program !== current).map((r) => r.name);
    expect(stale, 'run `npm run verify:interchange` after changing verify/interchange/*.py').toEqual([]);
  });

  it('name sources and runtimes that have a profile', () => {
    const ids = [...Object.keys(INTERCHANGE_SOURCES), ...Object.values(INTERCHANGE_FORMATS).map((f) => f.runtime)];
    for (const id of ids) expect(existsSync(`content/frameworks/${id}.yaml`), id).toBe(true);
  });
});
