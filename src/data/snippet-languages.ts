import type { Registry } from './registry.ts';

/**
 * The languages a snippet file may be written in, keyed by file extension
 * (content/snippets/<task>/<framework>.<ext>). `parser` names the real parser the tests use
 * (src/lib/snippets/parsers.ts); `runs` says whether `npm run verify:snippets` executes it.
 */
export const SNIPPET_LANGUAGES = {
  py: {
    label: 'Python',
    description: 'Parsed with tree-sitter-python; run by npm run verify:snippets.',
    shiki: 'python',
    parser: 'tree-sitter-python',
    runs: true,
  },
  js: {
    label: 'JavaScript',
    description:
      'Parsed as an ECMAScript module with acorn; run with Node.js and the packages pinned in verify/js by npm run verify:snippets.',
    shiki: 'javascript',
    parser: 'acorn',
    runs: true,
  },
  java: {
    label: 'Java',
    description: 'Parsed with tree-sitter-java.',
    shiki: 'java',
    parser: 'tree-sitter-java',
    runs: false,
  },
  rs: {
    label: 'Rust',
    description: 'Parsed with tree-sitter-rust.',
    shiki: 'rust',
    parser: 'tree-sitter-rust',
    runs: false,
  },
  prototxt: {
    label: 'Protocol Buffers text format',
    description: 'Parsed with the protobuf text-format parser in src/lib/snippets/prototxt.ts.',
    shiki: 'proto',
    parser: 'prototxt',
    runs: false,
  },
} as const satisfies Registry<string> & Record<string, { shiki: string; parser: string; runs: boolean }>;

export type SnippetExtension = keyof typeof SNIPPET_LANGUAGES;

export function isSnippetExtension(ext: string): ext is SnippetExtension {
  return Object.hasOwn(SNIPPET_LANGUAGES, ext);
}
