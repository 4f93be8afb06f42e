import { INTERCHANGE_FORMATS } from '../../data/interchange.ts';
import { interchangeFileName } from '../interchange.ts';
import type { Check } from './context.ts';
import type { ContentIssue } from './issue.ts';
import { locateField } from './locate.ts';

const RERUN = 'Run `npm run verify:interchange`, which names and writes these records, then commit them';

/**
 * content/interchange/: each record's file name is <source>--<format>--<runtime>.json of its own
 * fields, and its runtime is the one that loads its format (src/data/interchange.ts).
 */
export const interchangeCheck: Check = {
  name: 'interchange',
  description:
    'Each interchange record is named <source>--<format>--<runtime>.json after its fields, and pairs its format with the runtime that loads it.',
  run({ interchange }) {
    const issues: ContentIssue[] = [];
    for (const { file, text, data } of interchange ?? []) {
      if (!data) continue; // its schema problems are already reported
      const expected = interchangeFileName(data);
      const name = file.replace(/^.*\//, '');
      if (name !== expected)
        issues.push({
          check: this.name,
          file,
          line: locateField(text, ['source']),
          field: 'source',
          message: `The file is named ${name}, but its source, format and runtime make ${expected}`,
          fix: `Rename the file to ${expected}, or better: ${RERUN}`,
        });
      const runtime = INTERCHANGE_FORMATS[data.format].runtime;
      if (data.runtime !== runtime)
        issues.push({
          check: this.name,
          file,
          line: locateField(text, ['runtime']),
          field: 'runtime',
          message: `A ${INTERCHANGE_FORMATS[data.format].label} file is loaded by ${runtime} in this matrix, not ${data.runtime}`,
          fix: `Set runtime to "${runtime}" (a new format or runtime goes into src/data/interchange.ts and verify/interchange/run.py first)`,
        });
    }
    return issues;
  },
};
