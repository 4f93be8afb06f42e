import { isSnippetExtension } from '../../data/snippet-languages.ts';
import type { SnippetEntry } from '../../schemas/code.ts';
import type { RawCodeContent } from '../content/read.ts';
import { recordPathOf } from './files.ts';

/**
 * Snippet files joined with their verification records, as the site and `npm run coverage` see
 * them (files in an unknown language are left to the checks to report).
 */
export function snippetEntries(code: Pick<RawCodeContent, 'snippets' | 'records'>): SnippetEntry[] {
  const records = new Map(code.records.map((r) => [r.file, r.text]));
  return code.snippets.flatMap((s) => {
    if (!isSnippetExtension(s.ext)) return [];
    const record = records.get(recordPathOf(s));
    return [
      {
        task: s.task,
        framework: s.stem,
        ext: s.ext,
        file: s.file,
        code: s.text.replace(/\r\n/g, '\n'),
        // Validated by the snippet schema when the loader stores the entry.
        verification: record ? (JSON.parse(record) as SnippetEntry['verification']) : undefined,
      },
    ];
  });
}
