import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parsePins, stalePins } from '../../src/lib/defaults';
import { defaultsFileSchema } from '../../src/schemas/defaults';
import { PYTHON_ENVIRONMENTS, environmentOf } from '../../scripts/lib/snippet-venv';

/**
 * content/defaults.yaml is written by npm run read:defaults and never at build time, so it could
 * drift from the pins: when a framework's requirements file (verify/requirements.txt, or its own
 * environment's, as for MindSpore) moves, this fails until the script is rerun.
 */
describe('content/defaults.yaml', () => {
  const file = defaultsFileSchema.parse(
    yaml.load(readFileSync('content/defaults.yaml', 'utf8'), { schema: yaml.CORE_SCHEMA }),
  );

  it("was read from exactly the versions pinned in each framework's environment", () => {
    const pins = (framework: string) =>
      parsePins(readFileSync(PYTHON_ENVIRONMENTS[environmentOf(framework)].requirements, 'utf8'));
    const stale = stalePins(file, pins);
    expect(stale, 'run `npm run read:defaults` and commit content/defaults.yaml').toEqual([]);
  });

  it('has at least one row where the frameworks differ, with a value for every pinned framework it lists', () => {
    expect(file.rows.length).toBeGreaterThanOrEqual(15);
    for (const fw of ['pytorch', 'tensorflow', 'keras', 'flax', 'paddlepaddle', 'mlx', 'tinygrad'])
      expect(file.rows.filter((r) => r.cells[fw]).length, fw).toBe(file.rows.length);
  });
});
