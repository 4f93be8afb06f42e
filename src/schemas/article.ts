import { z } from 'astro/zod';
import { kebabId, partialDate } from './common.ts';

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
  /** Framework ids the guide discusses; each links to its profile. */
  frameworks: z.array(kebabId).default([]),
  /** Hidden from lists and feeds while true. */
  draft: z.boolean().default(false),
});

export type Article = z.output<typeof articleSchema>;
