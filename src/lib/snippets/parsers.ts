import { createRequire } from 'node:module';
import { Parser as AcornParser } from 'acorn';
import { Language, Parser, type Node } from 'web-tree-sitter';
import type { SnippetExtension } from '../../data/snippet-languages.ts';
import { parseTextFormat, TextFormatError } from './prototxt.ts';

/** A syntax error at a 1-based line and column. */
export interface SyntaxProblem {
  line: number;
  column: number;
  message: string;
}

/** Parses a snippet's text and returns its syntax errors (none when it parses). */
export type SnippetParser = (ext: SnippetExtension, text: string) => SyntaxProblem[];

const require = createRequire(import.meta.url);
const GRAMMARS = { py: 'tree-sitter-python', java: 'tree-sitter-java', rs: 'tree-sitter-rust' } as const;

/**
 * Python 2 statements tree-sitter-python still accepts for old code; in a Python 3 file they
 * are syntax errors.
 */
const PYTHON2_ONLY = new Set(['print_statement', 'exec_statement']);

/** The first ERROR or MISSING node, or a Python 2-only statement, in document order. */
function firstProblem(node: Node, ext: SnippetExtension): SyntaxProblem | undefined {
  if (node.isMissing) {
    return {
      line: node.startPosition.row + 1,
      column: node.startPosition.column + 1,
      message: `Missing ${JSON.stringify(node.type)}`,
    };
  }
  if (node.isError) {
    const near = node.text.split('\n')[0].slice(0, 40);
    return {
      line: node.startPosition.row + 1,
      column: node.startPosition.column + 1,
      message: `Syntax error near ${JSON.stringify(near)}`,
    };
  }
  if (ext === 'py' && PYTHON2_ONLY.has(node.type)) {
    return {
      line: node.startPosition.row + 1,
      column: node.startPosition.column + 1,
      message: `Python 2 ${node.type.replace('_', ' ')} (not valid Python 3)`,
    };
  }
  if (!node.hasError && ext !== 'py') return undefined;
  for (const child of node.children) {
    if (!child) continue;
    const found = firstProblem(child, ext);
    if (found) return found;
  }
  return undefined;
}

let loading: Promise<SnippetParser> | undefined;

/**
 * Loads the real parsers once: tree-sitter grammars (WebAssembly, from their npm packages) for
 * Python, Java and Rust, acorn for JavaScript modules, and the text-format parser for prototxt.
 */
export function loadParsers(): Promise<SnippetParser> {
  loading ??= (async () => {
    await Parser.init();
    const parsers = new Map<SnippetExtension, Parser>();
    for (const [ext, pkg] of Object.entries(GRAMMARS) as [keyof typeof GRAMMARS, string][]) {
      const language = await Language.load(require.resolve(`${pkg}/${pkg}.wasm`));
      const parser = new Parser();
      parser.setLanguage(language);
      parsers.set(ext, parser);
    }
    return (ext, text) => {
      if (ext === 'js') {
        try {
          AcornParser.parse(text, { ecmaVersion: 'latest', sourceType: 'module', locations: true });
          return [];
        } catch (err) {
          const loc = (err as { loc?: { line: number; column: number } }).loc;
          return [
            {
              line: loc?.line ?? 1,
              column: (loc?.column ?? 0) + 1,
              message: (err as Error).message.replace(/ \(\d+:\d+\)$/, ''),
            },
          ];
        }
      }
      if (ext === 'prototxt') {
        try {
          parseTextFormat(text);
          return [];
        } catch (err) {
          if (err instanceof TextFormatError)
            return [{ line: err.line, column: err.column, message: err.message.replace(/^\d+:\d+: /, '') }];
          throw err;
        }
      }
      const tree = parsers.get(ext)!.parse(text);
      if (!tree) return [{ line: 1, column: 1, message: 'The parser gave no result' }];
      const problem = firstProblem(tree.rootNode, ext);
      tree.delete();
      return problem ? [problem] : [];
    };
  })();
  return loading;
}
