import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parsePins, stalePins } from '../../src/lib/defaults';
import { defaultsFileSchema } from '../../src/schemas/defaults';

/**
 * content/defaults.yaml is written by npm run read:defaults and never at build time, so it could
 * drift from the pins: when verify/requirements.txt moves, this fails until the script is rerun.
 */
describe('content/defaults.yaml', () => {
  const file = defaultsFileSchema.parse(
    yaml.load(readFileSync('content/defaults.yaml', 'utf8'), { schema: yaml.CORE_SCHEMA }),
  );

  it('was read from exactly the versions pinned in verify/requirements.txt', () => {
    const stale = stalePins(file, parsePins(readFileSync('verify/requirements.txt', 'utf8')));
    expect(stale, 'run `npm run read:defaults` and commit content/defaults.yaml').toEqual([]);
  });

  it('has at least one row where the frameworks differ, with a value for every pinned framework it lists', () => {
    expect(file.rows.length).toBeGreaterThanOrEqual(15);
    for (const fw of ['pytorch', 'tensorflow', 'keras', 'flax', 'paddlepaddle', 'mlx', 'tinygrad'])
      expect(file.rows.filter((r) => r.cells[fw]).length, fw).toBe(file.rows.length);
  });
});
