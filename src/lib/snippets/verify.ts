import { SNIPPET_LANGUAGES, isSnippetExtension } from '../../data/snippet-languages.ts';
import type { SnippetFile } from './files.ts';

/** The snippets `npm run verify:snippets` runs: languages marked `runs`, frameworks not historical. */
export function runnableSnippets(
  snippets: readonly SnippetFile[],
  historical: readonly string[],
): SnippetFile[] {
  return snippets.filter(
    (s) => isSnippetExtension(s.ext) && SNIPPET_LANGUAGES[s.ext].runs && !historical.includes(s.stem),
  );
}

/** Top-level module names a Python file imports (`import a.b`, `from c import d`, `import e as f, g`). */
export function importedModules(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(
    /^[ \t]*(?:from[ \t]+([A-Za-z_]\w*)[\w.]*[ \t]+import\b|import[ \t]+([^#\n]+))/gm,
  )) {
    if (m[1]) found.add(m[1]);
    else
      for (const part of m[2].split(',')) {
        const name = /^\s*([A-Za-z_]\w*)/.exec(part)?.[1];
        if (name) found.add(name);
      }
  }
  return [...found].sort();
}

/**
 * Warnings Python attributed to the snippet file itself ("<file>:12: DeprecationWarning: …"):
 * a snippet must not call deprecated API. Warnings from inside libraries are not counted.
 */
export function warningsFrom(stderr: string, file: string): string[] {
  const prefix = `${file}:`;
  return stderr
    .split('\n')
    .filter((line) => line.startsWith(prefix) && /^\d+: \w*Warning: /.test(line.slice(prefix.length)))
    .map((line) => `line ${line.slice(prefix.length).trim()}`);
}
