import type { Check, CheckContext, ParsedArticle } from './context.ts';
import type { ContentIssue } from './issue.ts';
import { parseFrameworkFile, type ParsedFramework, type RawFile } from './parse.ts';
import { fileNameCheck } from './file-name.ts';
import { duplicateIdsCheck } from './duplicate-ids.ts';
import { sourceRefsCheck, unusedSourcesCheck } from './source-refs.ts';
import { datesCheck } from './dates.ts';
import { httpsCheck } from './https.ts';
import { referencesCheck } from './references.ts';

/** Every cross-file check, in the order their findings are reported. */
export const CHECKS: readonly Check[] = [
  fileNameCheck,
  duplicateIdsCheck,
  sourceRefsCheck,
  unusedSourcesCheck,
  datesCheck,
  httpsCheck,
  referencesCheck,
];

/** Today in UTC as YYYY-MM-DD. */
export function isoToday(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Parses and checks all framework files and article front matter; returns every issue found. */
export function checkContent(
  input: { frameworks: RawFile[]; articles?: ParsedArticle[] },
  today = isoToday(),
): { frameworks: ParsedFramework[]; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const frameworks = input.frameworks.map((raw) => {
    const { parsed, issues: found } = parseFrameworkFile(raw);
    issues.push(...found);
    return parsed;
  });
  const ctx: CheckContext = { frameworks, articles: input.articles ?? [], today };
  for (const check of CHECKS) issues.push(...check.run(ctx));
  return { frameworks, issues };
}

export type { ContentIssue } from './issue.ts';
export { formatIssues } from './issue.ts';
