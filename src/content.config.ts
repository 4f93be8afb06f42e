// Wiring only: loaders plus the schemas in src/schemas/.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { frameworkSchema } from './schemas/framework.ts';
import { articleSchema } from './schemas/article.ts';
import { z } from 'astro/zod';
import { conceptEntrySchema, snippetEntrySchema, taskSchema } from './schemas/code.ts';
import { conceptsLoader, historicalLoader, snippetsLoader, tasksLoader } from './loaders/code.ts';
import { changeSchema } from './schemas/changes.ts';
import { changesLoader } from './loaders/changes.ts';
import { SITE } from './site.config.ts';
import { compatibilitySchema } from './schemas/compatibility.ts';
import { defaultsFileSchema } from './schemas/defaults.ts';
import { defaultsLoader } from './loaders/defaults.ts';
import { interchangeRecordSchema } from './schemas/interchange.ts';

const frameworks = defineCollection({
  // Files starting with "_" (the template) are not content.
  loader: glob({ pattern: '[!_]*.{yaml,yml,json}', base: `./${SITE.contentDir}/frameworks` }),
  schema: frameworkSchema,
});

const articles = defineCollection({
  loader: glob({ pattern: '[!_]*.{md,mdx}', base: `./${SITE.contentDir}/articles` }),
  schema: articleSchema,
});

const tasks = defineCollection({ loader: tasksLoader(SITE.contentDir), schema: taskSchema });
const historical = defineCollection({
  loader: historicalLoader(SITE.contentDir),
  schema: z.strictObject({}),
});
const snippets = defineCollection({ loader: snippetsLoader(SITE.contentDir), schema: snippetEntrySchema });
const concepts = defineCollection({ loader: conceptsLoader(SITE.contentDir), schema: conceptEntrySchema });

// The records of `npm run verify:interchange`; the entry id is the file name without .json.
const interchange = defineCollection({
  loader: glob({ pattern: '*.json', base: `./${SITE.contentDir}/interchange` }),
  schema: interchangeRecordSchema,
});

const defaults = defineCollection({ loader: defaultsLoader(SITE.contentDir), schema: defaultsFileSchema });

const changes = defineCollection({
  loader: changesLoader(SITE.contentDir),
  schema: changeSchema.extend({ id: z.string(), order: z.number().int() }),
});

const compatibility = defineCollection({
  loader: glob({ pattern: '[!_]*.{yaml,yml}', base: `./${SITE.contentDir}/compatibility` }),
  schema: compatibilitySchema,
});

export const collections = {
  frameworks,
  articles,
  tasks,
  historical,
  snippets,
  concepts,
  changes,
  compatibility,
  defaults,
  interchange,
};
