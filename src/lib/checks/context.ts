import type { ContentIssue } from './issue.ts';
import type { ParsedFramework } from './parse.ts';

/** An article's front matter, as far as the checks need it. */
export interface ParsedArticle {
  file: string;
  text: string;
  /** Framework ids the article's front matter refers to. */
  frameworks: string[];
}

/** Everything a cross-file check can look at. */
export interface CheckContext {
  frameworks: ParsedFramework[];
  articles: ParsedArticle[];
  /** Today's date as YYYY-MM-DD; dates after it are rejected. */
  today: string;
}

/** A small named check with one job, like the lint rules of mdn/browser-compat-data. */
export interface Check {
  name: string;
  /** One line shown in the documentation of the checks. */
  description: string;
  run(ctx: CheckContext): ContentIssue[];
}
