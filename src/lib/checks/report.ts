import type { ContentIssue } from './issue.ts';
import { fieldPath } from './issue.ts';
import { locateField } from './locate.ts';

/**
 * Returns `at(path, message, fix)`, which adds an issue of one check in one data file, with the
 * line of the field at `path` and the field written as `a.b[0].c`.
 */
export function reporter(issues: ContentIssue[], check: string, file: string, text: string) {
  return (path: (string | number)[], message: string, fix: string) =>
    issues.push({ check, file, line: locateField(text, path), field: fieldPath(path), message, fix });
}
