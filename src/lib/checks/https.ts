import type { Check } from './context.ts';
import type { ContentIssue } from './issue.ts';
import { fieldPath } from './issue.ts';
import { locateField } from './locate.ts';
import { walk } from './walk.ts';

/** Plain-http links leak readers to insecure pages and break under a strict CSP. */
export const httpsCheck: Check = {
  name: 'https-only',
  description: 'Every URL in a data file uses https.',
  run({ frameworks }) {
    const issues: ContentIssue[] = [];
    for (const f of frameworks) {
      for (const v of walk(f.raw)) {
        if (typeof v.value !== 'string' || !/\bhttp:\/\//i.test(v.value)) continue;
        issues.push({
          check: this.name,
          file: f.file,
          line: locateField(f.text, v.path),
          field: fieldPath(v.path),
          message: 'Contains a plain http:// URL',
          fix: 'Use the https:// address of the page (most sites serve one); if none exists, cite another source',
        });
      }
    }
    return issues;
  },
};
