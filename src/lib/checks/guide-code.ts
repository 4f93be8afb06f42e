import { SNIPPET_LANGUAGES, type SnippetExtension } from '../../data/snippet-languages.ts';
import { fencesOf } from '../guides.ts';
import type { Check } from './context.ts';
import type { ContentIssue } from './issue.ts';

/** Fence languages a guide may use, mapped to the snippet parser that checks them. */
const FENCE_LANGUAGES: Record<string, SnippetExtension> = Object.fromEntries(
  Object.entries(SNIPPET_LANGUAGES).flatMap(([ext, l]) => [
    [ext, ext as SnippetExtension],
    [l.shiki, ext as SnippetExtension],
  ]),
);

/**
 * A code block in a guide is either a verified snippet (rendered with <CodePair>) or a fence in a
 * language the snippet parsers read, which must parse; a fence in any other language cannot be
 * checked, so it is refused.
 */
export const guideCodeCheck: Check = {
  name: 'guide-code',
  description:
    'Every fenced code block in a guide names a language the snippet parsers read (python, javascript, java, rust, prototxt) and parses.',
  run({ articles, code }) {
    const issues: ContentIssue[] = [];
    for (const a of articles) {
      for (const fence of fencesOf(a.text)) {
        const ext = FENCE_LANGUAGES[fence.lang];
        if (!ext) {
          issues.push({
            check: this.name,
            file: a.file,
            line: fence.line - 1,
            field: '',
            message: `A code block in "${fence.lang || 'no language'}" cannot be checked by the tests`,
            fix: `Show a verified snippet with <CodePair task="…" a="…" b="…" />, or mark the block as one of ${Object.keys(FENCE_LANGUAGES).join(', ')} so it is parsed`,
          });
          continue;
        }
        for (const p of code.parse(ext, fence.code)) {
          issues.push({
            check: this.name,
            file: a.file,
            line: fence.line + p.line - 1,
            field: '',
            message: `${SNIPPET_LANGUAGES[ext].label} syntax error in a code block at column ${p.column}: ${p.message}`,
            fix: `Fix the code; guide code blocks must parse with ${SNIPPET_LANGUAGES[ext].parser}`,
          });
        }
      }
    }
    return issues;
  },
};
