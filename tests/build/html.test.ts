import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages } from '../helpers/dist';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('HTML validity', () => {
  it.each(htmlPages())('%s has no html-validate errors', async (path) => {
    const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
    const report = await validator.validateFile(file);
    const errors = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(errors).toEqual([]);
  });
});
