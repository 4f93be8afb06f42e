import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import yaml from 'js-yaml';
import type { RawFile } from '../checks/parse.ts';
import type { ParsedArticle, SiteFiles } from '../checks/context.ts';
import { RECORDS_DIR, SNIPPETS_DIR, splitName, type SnippetFile } from '../snippets/files.ts';

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
    const data = yaml.load(m[1]) as { frameworks?: unknown } | undefined;
    return Array.isArray(data?.frameworks) ? data.frameworks.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return []; // Astro's own front-matter parsing reports the syntax error with its location.
  }
}

/** The raw code content: tasks.yaml, concepts.yaml, snippet files and verification records. */
export interface RawCodeContent {
  tasks?: RawFile;
  concepts?: RawFile;
  /** content/defaults.yaml, written by npm run read:defaults. */
  defaults?: RawFile;
  snippets: SnippetFile[];
  records: RawFile[];
  /** Files under snippets/ that are not inside a task folder (reported by the checks). */
  strays: string[];
}

/** Sorted entries of a folder, or none when it does not exist. Hidden files are skipped. */
function entries(dir: string): { name: string; dir: boolean }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .map((e) => ({ name: e.name, dir: e.isDirectory() }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Reads content/tasks.yaml, content/concepts.yaml, content/snippets/<task>/* and content/verification/<task>/*.json. */
export function readCode(root: string, contentDir = 'content'): RawCodeContent {
  const optional = (name: string): RawFile | undefined => {
    const file = `${contentDir}/${name}`;
    return existsSync(join(root, file)) ? { file, text: readFileSync(join(root, file), 'utf8') } : undefined;
  };
  const snippets: SnippetFile[] = [];
  const strays: string[] = [];
  for (const folder of entries(join(root, contentDir, SNIPPETS_DIR))) {
    const path = `${contentDir}/${SNIPPETS_DIR}/${folder.name}`;
    if (!folder.dir) {
      if (folder.name !== 'README.md') strays.push(path);
      continue;
    }
    for (const f of entries(join(root, path))) {
      const file = `${path}/${f.name}`;
      if (f.dir) {
        strays.push(file);
        continue;
      }
      const [stem, ext] = splitName(f.name);
      snippets.push({ file, task: folder.name, stem, ext, text: readFileSync(join(root, file), 'utf8') });
    }
  }
  const records: RawFile[] = [];
  for (const folder of entries(join(root, contentDir, RECORDS_DIR))) {
    const path = `${contentDir}/${RECORDS_DIR}/${folder.name}`;
    if (!folder.dir) {
      strays.push(path);
      continue;
    }
    for (const f of entries(join(root, path))) {
      const file = `${path}/${f.name}`;
      if (f.dir) strays.push(file);
      else records.push({ file, text: readFileSync(join(root, file), 'utf8') });
    }
  }
  return {
    tasks: optional('tasks.yaml'),
    concepts: optional('concepts.yaml'),
    defaults: optional('defaults.yaml'),
    snippets,
    records,
    strays,
  };
}

/** A content folder that cannot be used, with the path that was tried and how to fix it. */
export class ContentDirError extends Error {
  override name = 'ContentDirError';
}

/**
 * Checks the content folder before anything reads it: ATLAS_CONTENT_DIR must be a path relative
 * to the project root (Astro's loaders join it to the root) that exists and holds frameworks/.
 * Without this, a typo built an empty site and the checks printed "Content OK: 0 framework file(s)".
 */
export function assertContentDir(root: string, contentDir: string): void {
  const source = contentDir === 'content' ? 'the content folder' : `ATLAS_CONTENT_DIR="${contentDir}"`;
  if (isAbsolute(contentDir))
    throw new ContentDirError(
      `${source} is an absolute path; it must be relative to the project root (${root}), e.g. tests/fixtures/checks/valid`,
    );
  const dir = join(root, contentDir);
  if (!existsSync(dir))
    throw new ContentDirError(`${source} points at ${dir}, which does not exist; fix the path or unset the variable`);
  if (!existsSync(join(dir, 'frameworks')))
    throw new ContentDirError(
      `${source} (${dir}) has no frameworks/ folder; a content folder holds frameworks/<id>.yaml files`,
    );
}

/** Every file below a folder, as paths relative to it, sorted (hidden files skipped). */
function filesBelow(dir: string, prefix = ''): string[] {
  return entries(dir).flatMap((e) =>
    e.dir ? filesBelow(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

/** The site's page files (src/pages) and public files, for link checks. */
export function readSiteFiles(root: string): SiteFiles {
  return { pages: filesBelow(join(root, 'src/pages')), publicFiles: filesBelow(join(root, 'public')) };
}

/** The single data files beside the frameworks: the change log and the registry packages. */
export interface RawDataFiles {
  changes?: RawFile;
  registryPackages?: RawFile;
}

/** Reads content/changes.yaml and content/registry-packages.yaml (each optional). */
export function readDataFiles(root: string, contentDir = 'content'): RawDataFiles {
  const optional = (name: string): RawFile | undefined => {
    const file = `${contentDir}/${name}`;
    return existsSync(join(root, file)) ? { file, text: readFileSync(join(root, file), 'utf8') } : undefined;
  };
  return { changes: optional('changes.yaml'), registryPackages: optional('registry-packages.yaml') };
}

/** Reads every framework file and article under `<root>/<contentDir>`, the way the site's loaders see them. */
export function readContent(
  root: string,
  contentDir = 'content',
): {
  frameworks: RawFile[];
  articles: ParsedArticle[];
  code: RawCodeContent;
  data: RawDataFiles;
  site: SiteFiles;
  compatibility: RawFile[];
  interchange: RawFile[];
} {
  assertContentDir(root, contentDir);
  const base = join(root, contentDir);
  const frameworks = list(join(base, 'frameworks'), DATA_FILE, root).map((file) => ({
    file,
    text: readFileSync(join(root, file), 'utf8'),
  }));
  const articles = list(join(base, 'articles'), ARTICLE_FILE, root).map((file) => {
    const text = readFileSync(join(root, file), 'utf8');
    return { file, text, frameworks: frontMatterFrameworks(text) };
  });
  // The records of `npm run verify:interchange` (content/interchange/<source>--<format>--<runtime>.json).
  const interchange = list(join(base, 'interchange'), /\.json$/, root).map((file) => ({
    file,
    text: readFileSync(join(root, file), 'utf8'),
  }));
  const compatibility = list(join(base, 'compatibility'), DATA_FILE, root).map((file) => ({
    file,
    text: readFileSync(join(root, file), 'utf8'),
  }));
  return {
    frameworks,
    articles,
    code: readCode(root, contentDir),
    data: readDataFiles(root, contentDir),
    site: readSiteFiles(root),
    compatibility,
    interchange,
  };
}
