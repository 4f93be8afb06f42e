import type { Loader } from 'astro/loaders';
import yaml from 'js-yaml';
import { readCode } from '../lib/content/read.ts';

/**
 * content/defaults.yaml as one entry (id "defaults"). The file is written by npm run read:defaults
 * and already passed the content checks; a content folder without it loads as empty.
 */
export function defaultsLoader(contentDir: string): Loader {
  return {
    name: 'atlas-defaults',
    load: async (context) => {
      const { store } = context;
      store.clear();
      const raw = readCode(process.cwd(), contentDir).defaults;
      if (!raw) return;
      // CORE_SCHEMA, as in the checks: dates stay text.
      const data = yaml.load(raw.text, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
      store.set({
        id: 'defaults',
        data: await context.parseData({ id: 'defaults', data }),
        filePath: raw.file,
      });
    },
  };
}
