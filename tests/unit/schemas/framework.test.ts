import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { cellSchema, frameworkSchema } from '../../../src/schemas/framework';

const template = yaml.load(readFileSync('content/frameworks/_template.yaml', 'utf8'), {
  schema: yaml.CORE_SCHEMA,
}) as Record<string, unknown>;

describe('framework schema', () => {
  it('accepts the documented template, so the template stays in step with the schema', () => {
    const r = frameworkSchema.safeParse(template);
    expect(r.error?.issues ?? []).toEqual([]);
  });

  it('documents every top-level field in the template', () => {
    expect(Object.keys(template).sort()).toEqual(Object.keys(frameworkSchema.shape).sort());
  });

  it('rejects unknown fields instead of ignoring a typo', () => {
    const r = frameworkSchema.safeParse({ ...template, licnese: 'MIT' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('requires a successor for superseded and a date for any inactive status', () => {
    const r = frameworkSchema.safeParse({
      ...template,
      status: { value: 'superseded', sources: ['repo-readme'] },
    });
    const paths = r.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('status.successor');
    expect(paths).toContain('status.since');
  });

  it('requires every hardware key, so a forgotten target cannot read as "no"', () => {
    const hardware = { ...(template.hardware as Record<string, unknown>) };
    delete hardware.tpu;
    const r = frameworkSchema.safeParse({ ...template, hardware });
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['hardware.tpu']);
  });
});

describe('support cells', () => {
  it('needs a note for partial and not-applicable', () => {
    expect(cellSchema.safeParse({ value: 'partial', sources: ['a'] }).success).toBe(false);
    expect(cellSchema.safeParse({ value: 'not-applicable' }).success).toBe(false);
    expect(
      cellSchema.safeParse({ value: 'not-applicable', note: 'A file format cannot train.' }).success,
    ).toBe(true);
  });
  it('needs a source for every claim, but not for unknown', () => {
    expect(cellSchema.safeParse({ value: 'yes' }).success).toBe(false);
    expect(cellSchema.safeParse({ value: 'no' }).success).toBe(false);
    expect(cellSchema.safeParse({ value: 'unknown' }).success).toBe(true);
    expect(cellSchema.safeParse({ value: 'yes', sources: ['docs'] }).success).toBe(true);
  });
  it('rejects values outside the vocabulary', () => {
    expect(cellSchema.safeParse({ value: 'maybe', sources: ['a'] }).success).toBe(false);
  });
});
