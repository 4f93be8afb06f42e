import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { frameworkSchema, type Framework } from '../../src/schemas/framework';
import type { FrameworkEntry } from '../../src/lib/frameworks';

const template = frameworkSchema.parse(
  yaml.load(readFileSync('content/frameworks/_template.yaml', 'utf8'), { schema: yaml.CORE_SCHEMA }),
);

/** A valid framework entry built from the template, with the given changes on top. */
export function makeFramework(id: string, patch: Partial<Framework> = {}): FrameworkEntry {
  const data: Framework = structuredClone({ ...template, relations: [], ...patch, id });
  if (!patch.name) data.name = id.charAt(0).toUpperCase() + id.slice(1);
  return { id, data };
}
