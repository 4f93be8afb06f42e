import { SNIPPET_LANGUAGES, isSnippetExtension } from '../../data/snippet-languages.ts';
import type { Check } from './context.ts';
import type { ContentIssue } from './issue.ts';

/** Every snippet parses with a real parser for its language. */
export const snippetSyntaxCheck: Check = {
  name: 'snippet-syntax',
  description:
    'Every snippet parses with a real parser for its language (tree-sitter for Python, Java and Rust; acorn for JavaScript; a text-format parser for prototxt).',
  run({ code }) {
    const issues: ContentIssue[] = [];
    for (const s of code.snippets) {
      if (!isSnippetExtension(s.ext)) continue; // reported by snippet-files
      const { label, parser } = SNIPPET_LANGUAGES[s.ext];
      for (const p of code.parse(s.ext, s.text)) {
        issues.push({
          check: this.name,
          file: s.file,
          line: p.line,
          field: '',
          message: `${label} syntax error at column ${p.column}: ${p.message}`,
          fix: `Fix the code at that line; the file must parse with ${parser}`,
        });
      }
    }
    return issues;
  },
};
