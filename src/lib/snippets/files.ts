/** Where snippet files and their verification records live, relative to the content folder. */
export const SNIPPETS_DIR = 'snippets';
export const RECORDS_DIR = 'verification';

/** A snippet file as read from disk: content/snippets/<task>/<stem>.<ext>. */
export interface SnippetFile {
  /** Project-relative path. */
  file: string;
  /** The folder under snippets/: the task id it claims. */
  task: string;
  /** The file name without its extension: the framework id it claims. */
  stem: string;
  /** The extension without the dot, lower case. */
  ext: string;
  text: string;
}

/** Splits a file name into stem and extension ("jax.py" → ["jax", "py"]). */
export function splitName(name: string): [string, string] {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? [name, ''] : [name.slice(0, dot), name.slice(dot + 1).toLowerCase()];
}

/** The record file of a snippet: <contentDir>/verification/<task>/<framework>.json. */
export function recordPathFor(contentDir: string, task: string, framework: string): string {
  return `${contentDir}/${RECORDS_DIR}/${task}/${framework}.json`;
}

/** The snippet file path for a task and framework in a given language. */
export function snippetPathFor(contentDir: string, task: string, framework: string, ext: string): string {
  return `${contentDir}/${SNIPPETS_DIR}/${task}/${framework}.${ext}`;
}
