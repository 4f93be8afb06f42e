import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateFrameworks } from '../../scripts/lib/synthetic.mjs';
import { checkContent, formatIssues } from '../../src/lib/checks/index';
import { readContent } from '../../src/lib/content/read';

describe('synthetic frameworks for the scale benchmark', () => {
  it('are valid content, so the scale run measures a real build', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-synthetic-'));
    generateFrameworks(dir, 60);
    const { frameworks, issues } = await checkContent(readContent('/', relative('/', dir)));
    expect(formatIssues(issues)).toBe('');
    expect(frameworks).toHaveLength(60);
  });
});
