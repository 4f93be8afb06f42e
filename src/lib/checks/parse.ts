import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { frameworkSchema, type Framework } from '../../schemas/framework.ts';
import { fieldPath, type ContentIssue } from './issue.ts';
import { locateField } from './locate.ts';

/** A content file as read from disk: its project-relative path and its text. */
export interface RawFile {
  file: string;
  text: string;
}

/** A framework file after parsing; `data` is set only when it passed the schema. */
export interface ParsedFramework {
  file: string;
  /** The id the site will use: the file name without its extension. */
  stem: string;
  text: string;
  raw: unknown;
  data?: Framework;
}

/** The file name without folders and extension. */
export function stemOf(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
}

/** The value at a Zod path inside parsed data, or undefined. */
function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = raw;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/** Rewrites Zod's messages into ones that say what to do. */
function explain(issue: z.core.$ZodIssue, raw: unknown, guide: string): { message: string; fix: string } {
  const field = fieldPath(issue.path) || 'the file';
  const missing = valueAt(raw, issue.path) === undefined;
  switch (issue.code) {
    case 'custom':
      return { message: issue.message, fix: String(issue.params?.fix ?? `${guide} documents every field`) };
    case 'invalid_value':
    case 'invalid_type':
      if (missing) {
        return {
          message: 'Required field is missing',
          fix: `Add \`${field}\`; ${guide} shows its shape`,
        };
      }
      if (issue.code === 'invalid_type') {
        return {
          message: issue.message,
          fix: `Give \`${field}\` a value of type ${issue.expected}, as in ${guide}`,
        };
      }
      return {
        message: `Not an allowed value; expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
        fix: 'Use one of the listed values (the vocabularies and their meaning live in src/data/)',
      };
    case 'invalid_format':
      if (issue.format === 'url')
        return { message: issue.message, fix: 'Use the full https:// address of the page' };
      return {
        message: issue.message,
        fix: 'Write it in lower-case words joined by single hyphens, e.g. "pytorch" or "tf-2-release"',
      };
    case 'unrecognized_keys':
      return {
        message: `Unknown field(s): ${issue.keys.join(', ')}`,
        fix: `Check the spelling against ${guide}, or remove the field`,
      };
    default:
      return {
        message: issue.message,
        fix: `Correct \`${field}\` as the message says; ${guide} documents every field`,
      };
  }
}

/** A YAML or JSON data file after parsing; `data` is set only when it passed its schema. */
export interface ParsedData<T> {
  file: string;
  text: string;
  raw: unknown;
  data?: T;
}

/**
 * Parses YAML (the same js-yaml rules Astro uses, but with dates kept as text) or JSON and
 * validates it against a schema. `guide` names the file that documents the fields, for fixes.
 */
export function parseDataFile<S extends z.ZodType>(
  { file, text }: RawFile,
  schema: S,
  guide: string,
): { parsed: ParsedData<z.output<S>>; issues: ContentIssue[] } {
  let raw: unknown;
  try {
    // CORE_SCHEMA keeps dates as text: the default schema turns 2026-02-30 into 2026-03-02
    // without a word (Astro's loader does), so an impossible date would slip through.
    raw = file.endsWith('.json')
      ? JSON.parse(text)
      : yaml.load(text, { filename: file, schema: yaml.CORE_SCHEMA });
  } catch (err) {
    const mark = (err as { mark?: { line: number } }).mark;
    const reason = (err as { reason?: string }).reason ?? (err as Error).message;
    return {
      parsed: { file, text, raw: undefined },
      issues: [
        {
          check: 'syntax',
          file,
          line: mark ? mark.line + 1 : undefined,
          field: '',
          message: `The file is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${reason}`,
          fix: 'Fix the syntax at that line (indentation, a missing colon, or a value that needs quotes)',
        },
      ],
    };
  }
  const result = schema.safeParse(raw);
  if (result.success) return { parsed: { file, text, raw, data: result.data }, issues: [] };
  const issues = result.error.issues.map((issue): ContentIssue => ({
    check: 'schema',
    file,
    line: locateField(text, issue.path),
    field: fieldPath(issue.path),
    ...explain(issue, raw, guide),
  }));
  return { parsed: { file, text, raw }, issues };
}

/** Parses and validates one framework file. */
export function parseFrameworkFile(input: RawFile): { parsed: ParsedFramework; issues: ContentIssue[] } {
  const { parsed, issues } = parseDataFile(input, frameworkSchema, 'content/frameworks/_template.yaml');
  return { parsed: { ...parsed, stem: stemOf(input.file) }, issues };
}
