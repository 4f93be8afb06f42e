import type { ContentIssue } from './issue.ts';
import type { ParsedData, ParsedFramework } from './parse.ts';
import type { ConceptsFile, TasksFile, Verification } from '../../schemas/code.ts';
import type { ChangesFile } from '../../schemas/changes.ts';
import type { RegistryPackagesFile } from '../../schemas/packages.ts';
import type { Compatibility } from '../../schemas/compatibility.ts';
import type { DefaultsFile } from '../../schemas/defaults.ts';
import type { InterchangeRecord } from '../../schemas/interchange.ts';
import type { SnippetFile } from '../snippets/files.ts';
import type { SnippetParser } from '../snippets/parsers.ts';

/** An article's front matter, as far as the checks need it. */
export interface ParsedArticle {
  file: string;
  text: string;
  /** Framework ids the article's front matter refers to. */
  frameworks: string[];
}

/** Code content after parsing: tasks, concepts, snippets and their verification records. */
export interface CodeContext {
  /** content/tasks.yaml; undefined when the content has none. */
  tasks?: ParsedData<TasksFile>;
  /** content/concepts.yaml; undefined when the content has none. */
  concepts?: ParsedData<ConceptsFile>;
  /** content/defaults.yaml; undefined when the content has none. */
  defaults?: ParsedData<DefaultsFile>;
  snippets: SnippetFile[];
  records: ParsedData<Verification>[];
  /** Files under snippets/ or verification/ outside a task folder. */
  strays: string[];
  /** The real parsers, loaded once. */
  parse: SnippetParser;
}

/** Everything a cross-file check can look at. */
export interface CheckContext {
  frameworks: ParsedFramework[];
  articles: ParsedArticle[];
  /** Today's date as YYYY-MM-DD; dates after it are rejected. */
  today: string;
  code: CodeContext;
  /** content/changes.yaml; undefined when the content has none. */
  changes?: ParsedData<ChangesFile>;
  /** content/registry-packages.yaml; undefined when the content has none. */
  registryPackages?: ParsedData<RegistryPackagesFile>;
  /** content/interchange/*.json, the records of `npm run verify:interchange`. */
  interchange?: ParsedData<InterchangeRecord>[];
  /** content/compatibility/<id>.yaml files after parsing. */
  compatibility: ParsedData<Compatibility>[];
  /** The site's page files (relative to src/pages) and public files, for checking internal links. */
  site?: SiteFiles;
}

/** What the site will serve, as files: the routes in src/pages and the files in public/. */
export interface SiteFiles {
  pages: string[];
  publicFiles: string[];
}

/** A small named check with one job, like the lint rules of mdn/browser-compat-data. */
export interface Check {
  name: string;
  /** One line shown in the documentation of the checks. */
  description: string;
  run(ctx: CheckContext): ContentIssue[];
}
