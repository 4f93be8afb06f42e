import { z } from 'astro/zod';
import { kebabId } from './common.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = z.string().regex(DAY, { message: 'Not a YYYY-MM-DD date' });
/** A package version as pip reports it, e.g. "2.13.0+cpu" or "0.32.4". */
const packageVersion = z.string().regex(/^\d+(?:\.\d+)*(?:[a-z0-9.+-]*)$/i, {
  message: 'Not a package version (e.g. 2.13.0 or 2.13.0+cpu)',
});

/** One value read from one framework's installed package (content/defaults.yaml › rows[].cells.<id>). */
export const defaultCellSchema = z.strictObject({
  /** The value normalised to the row's convention; equal values mean the frameworks agree. */
  value: z.union([z.string().min(1), z.number(), z.boolean()]),
  /** How the value is shown to readers. */
  display: z.string().min(1),
  /** The attribute, signature or measurement the value came from, as code a reader can rerun. */
  source: z.string().min(10),
  /** The distribution it was read from, as pip names it (e.g. "torch", "tensorflow-cpu"). */
  package: z.string().min(1),
  /** That distribution's installed version; must equal its pin in verify/requirements.txt. */
  version: packageVersion,
  /** The argument as the framework spells it, when that differs from the normalised value. */
  raw: z.string().min(1).optional(),
  /** When it was read (UTC). */
  read: day,
});
export type DefaultCell = z.infer<typeof defaultCellSchema>;

/** One compared default: what it is, the convention values are normalised to, and one cell per framework. */
export const defaultRowSchema = z.strictObject({
  /** Kebab-case, unique; the anchor on /concepts/. */
  id: kebabId,
  /** Short, sentence case. */
  title: z.string().min(3),
  /** The one convention every value in the row is expressed in, and how it was measured. */
  convention: z.string().min(10),
  /** Framework id → the value read from that framework. A framework with no such thing has no cell. */
  cells: z.record(kebabId, defaultCellSchema),
});
export type DefaultRow = z.infer<typeof defaultRowSchema>;

/** The whole of content/defaults.yaml, written by npm run read:defaults (verify/read_defaults.py). */
export const defaultsFileSchema = z.strictObject({
  /** The day of the run (UTC). */
  read: day,
  /** The Python version of the environment. */
  python: z.string().min(1),
  /** Operating system and machine, e.g. "Linux x86_64". */
  platform: z.string().min(1),
  /** Framework id → the distributions (and their versions) its values were read from. */
  frameworks: z.record(kebabId, z.strictObject({ packages: z.record(z.string().min(1), packageVersion) })),
  rows: z.array(defaultRowSchema).min(1),
});
export type DefaultsFile = z.infer<typeof defaultsFileSchema>;
