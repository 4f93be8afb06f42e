import type { Loader } from 'astro/loaders';
import yaml from 'js-yaml';
import { readDataFiles } from '../lib/content/read.ts';
import { withIds } from '../lib/changes.ts';
import type { Change } from '../schemas/changes.ts';

/**
 * content/changes.yaml › changes, one entry per change with its id (src/lib/changes.ts) and its
 * position in the log. The content checks have validated the file before Astro loads it; a
 * content folder without the file loads as empty.
 */
export function changesLoader(contentDir: string): Loader {
  return {
    name: 'atlas-changes',
    load: async (context) => {
      const { store } = context;
      store.clear();
      const raw = readDataFiles(process.cwd(), contentDir).changes;
      if (!raw) return;
      const file = yaml.load(raw.text, { schema: yaml.CORE_SCHEMA }) as { changes?: Change[] } | undefined;
      let order = 0;
      for (const change of withIds(file?.changes ?? [])) {
        const data = { ...change, order: ++order };
        store.set({
          id: change.id,
          data: await context.parseData({ id: change.id, data }),
          filePath: raw.file,
        });
      }
    },
  };
}
