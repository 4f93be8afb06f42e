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

/**
 * The verification record of a snippet: <content>/snippets/<task>/<framework>.<ext> has its
 * record at <content>/verification/<task>/<framework>.json, whatever the content folder.
 */
export function recordPathOf(s: Pick<SnippetFile, 'file' | 'task' | 'stem'>): string {
  const folder = s.file.slice(0, s.file.lastIndexOf(`/${SNIPPETS_DIR}/${s.task}/`));
  return `${folder}/${RECORDS_DIR}/${s.task}/${s.stem}.json`;
}
