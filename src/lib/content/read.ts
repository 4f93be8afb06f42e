import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import type { RawFile } from '../checks/parse.ts';
import type { ParsedArticle } from '../checks/context.ts';

/** Data files the frameworks collection loads; names starting with "_" are templates. */
const DATA_FILE = /^[^_].*\.(ya?ml|json)$/;
const ARTICLE_FILE = /^[^_].*\.mdx?$/;

/** Lists a folder's matching files, sorted, as project-relative paths. */
function list(dir: string, pattern: RegExp, root: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => relative(root, join(dir, name)));
}

/** The `frameworks` list of an MDX/Markdown file's front matter (empty when absent or unreadable). */
export function frontMatterFrameworks(text: string): string[] {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!m) return [];
  try {
    const data = yaml.load(m[1]!) as { frameworks?: unknown } | undefined;
    return Array.isArray(data?.frameworks) ? data.frameworks.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return []; // Astro's own front-matter parsing reports the syntax error with its location.
  }
}

/** Reads every framework file and article under `<root>/<contentDir>`, the way the site's loaders see them. */
export function readContent(root: string, contentDir = 'content'): { frameworks: RawFile[]; articles: ParsedArticle[] } {
  const base = join(root, contentDir);
  const frameworks = list(join(base, 'frameworks'), DATA_FILE, root).map((file) => ({
    file,
    text: readFileSync(join(root, file), 'utf8'),
  }));
  const articles = list(join(base, 'articles'), ARTICLE_FILE, root).map((file) => {
    const text = readFileSync(join(root, file), 'utf8');
    return { file, text, frameworks: frontMatterFrameworks(text) };
  });
  return { frameworks, articles };
}
