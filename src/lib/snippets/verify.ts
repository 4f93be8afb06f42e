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

/** What a runnable snippet language runs on: JavaScript with Node.js, everything else with Python. */
export function runtimeOf(ext: string): 'node' | 'python' {
  return ext === 'js' ? 'node' : 'python';
}

/**
 * The npm packages a JavaScript module imports (`import … from "pkg/sub"`, `import "pkg"`,
 * `import("@scope/pkg")`): the package names, scoped ones whole; `node:` built-ins and relative
 * paths left out.
 */
export function importedPackages(text: string): string[] {
  const found = new Set<string>();
  const specifiers = [
    ...text.matchAll(/^[ \t]*(?:import|export)\b[^'"`;]*?["']([^"']+)["']/gm),
    ...text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => m[1]);
  for (const spec of specifiers) {
    if (spec.startsWith('.') || spec.startsWith('/') || spec.startsWith('node:')) continue;
    const parts = spec.split('/');
    found.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]);
  }
  return [...found].sort();
}

/**
 * The prefix of the lines verify/js/snippet-warnings.mjs (preloaded into every JavaScript run)
 * writes to stderr for a warning whose call stack passes through the snippet's own lines:
 * `atlas-snippet-warning line 12: <message>`.
 */
export const NODE_WARNING_PREFIX = 'atlas-snippet-warning ';

/** The warnings a JavaScript run attributed to the snippet itself, as `line N: message`. */
export function nodeWarningsFrom(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((line) => line.startsWith(NODE_WARNING_PREFIX))
    .map((line) => line.slice(NODE_WARNING_PREFIX.length).trim());
}
