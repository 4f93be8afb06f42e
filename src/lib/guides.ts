/**
 * Guide text logic shared by the content checks and the build tests: which parts of an MDX file
 * are prose, where its code fences are, and how many words it has.
 */

/** Guides whose front matter lists a framework, in the order given (newest first from allGuides). */
export function guidesAbout<G extends { data: { frameworks: readonly string[] } }>(
  id: string,
  guides: readonly G[],
): G[] {
  return guides.filter((g) => g.data.frameworks.includes(id));
}

/** Replaces a match with spaces, keeping newlines, so offsets and line numbers stay put. */
function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

/** A fenced code block of an MDX file: its language, code and the line of its first code line. */
export interface Fence {
  lang: string;
  code: string;
  /** 1-based line of the first line inside the fence. */
  line: number;
}

const FENCE = /^([ \t]*)(`{3,}|~{3,})([^\n`]*)\n([\s\S]*?)\n\1\2[ \t]*$/gm;
const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---/;

/** 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The fenced code blocks of an MDX file. */
export function fencesOf(text: string): Fence[] {
  const out: Fence[] = [];
  for (const m of text.matchAll(FENCE)) {
    out.push({ lang: m[3].trim().split(/\s+/)[0] ?? '', code: m[4], line: lineAt(text, m.index) + 1 });
  }
  return out;
}

/**
 * The prose of an MDX file, the same length as the file: front matter, code fences, JSX and
 * HTML tags (with their attributes), link targets, bare URLs and MDX comments are blanked out,
 * so what a component renders from data never counts as typed by hand.
 */
export function proseOf(text: string): string {
  return text
    .replace(FRONT_MATTER, blank)
    .replace(FENCE, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
    .replace(/<\/?[A-Za-z][^<>]*>/g, blank)
    .replace(/\]\([^)\s]*\)/g, (m) => ']' + blank(m.slice(1)))
    .replace(/https?:\/\/[^\s)>\]]+/g, blank);
}

/** A stretch of text that counts as one sentence for the checks, with its offset. */
export interface Sentence {
  start: number;
  end: number;
}

/**
 * Splits text into sentences: after ". ", "! " or "? ", at blank lines, and before each list
 * item or table row, so a table row or bullet is judged on its own.
 */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  const boundary = /(?<=[.!?])\s+|\n[ \t]*\n|\n(?=[ \t]*(?:[-*|]|\d+\.)\s)/g;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out.filter((s) => s.end > s.start);
}

/** Words in a piece of plain text (runs of letters or digits, with inner apostrophes, dots or hyphens). */
export function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’.\-–][\p{L}\p{N}]+)*/gu) ?? []).length;
}
