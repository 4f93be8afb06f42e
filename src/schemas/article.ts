import { z } from 'astro/zod';
import { httpsUrl, kebabId, partialDate } from './common.ts';

/** A primary source for a fact the framework files do not hold. */
export const articleSourceSchema = z.strictObject({
  /** Title of the page or file, as shown in the sources list. */
  title: z.string().trim().min(1),
  /** The page; prefer the project's own docs, repository or release notes. */
  url: httpsUrl,
  /** What it backs in the guide, in your own words. */
  supports: z.string().trim().min(1),
  /** The date you read it. */
  read: partialDate,
});

/** Front matter of a guide, `content/articles/<slug>.mdx`. */
export const articleSchema = z.strictObject({
  /** The page title and <h1>. */
  title: z.string().trim().min(1),
  /** One sentence for search results and link previews. */
  description: z.string().trim().min(20).max(200),
  /** First publication date. */
  published: partialDate,
  /** Date of the last substantive revision. */
  updated: partialDate.optional(),
  /**
   * The date someone last checked every claim in the guide against its sources (shown as
   * "last reviewed"). Facts rendered from framework files update themselves; this covers the rest.
   */
  reviewed: partialDate,
  /**
   * Primary sources for what the guide says that the framework files do not hold. Facts rendered
   * by the fact components cite their framework file's sources instead.
   */
  sources: z.array(articleSourceSchema).min(1, { message: 'A guide lists at least one source' }),
  /** Framework ids the guide discusses; the guide is linked from their profiles and pair pages. */
  frameworks: z.array(kebabId).default([]),
  /** Hidden from lists and feeds while true. */
  draft: z.boolean().default(false),
});

export type Article = z.output<typeof articleSchema>;
