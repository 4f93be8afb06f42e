import type { Loader } from 'astro/loaders';
import yaml from 'js-yaml';
import { readCode } from '../lib/content/read.ts';
import { snippetEntries } from '../lib/snippets/entries.ts';

/**
 * Loaders for the code content. They read the same files the content checks validate
 * (src/lib/content/read.ts), which have already passed by the time Astro loads collections;
 * a content folder without tasks.yaml or snippets (the benchmark's scale run) loads as empty.
 */

/** content/tasks.yaml › tasks, one entry per task. */
export function tasksLoader(contentDir: string): Loader {
  return {
    name: 'atlas-tasks',
    load: async (context) => {
      const { store } = context;
      store.clear();
      const raw = readCode(process.cwd(), contentDir).tasks;
      const tasks = raw ? ((yaml.load(raw.text) as { tasks?: { id: string }[] }).tasks ?? []) : [];
      for (const task of tasks)
        store.set({
          id: task.id,
          data: await context.parseData({ id: task.id, data: task }),
          filePath: raw!.file,
        });
    },
  };
}

/** content/tasks.yaml › historical: one entry per framework id whose snippets are historical. */
export function historicalLoader(contentDir: string): Loader {
  return {
    name: 'atlas-historical',
    load: async (context) => {
      const { store } = context;
      store.clear();
      const raw = readCode(process.cwd(), contentDir).tasks;
      const historical = raw ? ((yaml.load(raw.text) as { historical?: string[] }).historical ?? []) : [];
      for (const id of historical)
        store.set({ id, data: await context.parseData({ id, data: {} }), filePath: raw!.file });
    },
  };
}

/** content/concepts.yaml › concepts, in file order; `columns` carries the table's column list. */
export function conceptsLoader(contentDir: string): Loader {
  return {
    name: 'atlas-concepts',
    load: async (context) => {
      const { store } = context;
      store.clear();
      const raw = readCode(process.cwd(), contentDir).concepts;
      if (!raw) return;
      const file = yaml.load(raw.text) as { frameworks: string[]; concepts: { id: string }[] };
      let order = 0;
      for (const concept of file.concepts) {
        const data = { ...concept, order: ++order, columns: file.frameworks };
        store.set({
          id: concept.id,
          data: await context.parseData({ id: concept.id, data }),
          filePath: raw.file,
        });
      }
    },
  };
}

/** content/snippets/<task>/<framework>.<ext> with its verification record, id "<task>/<framework>". */
export function snippetsLoader(contentDir: string): Loader {
  return {
    name: 'atlas-snippets',
    load: async (context) => {
      const { store } = context;
      store.clear();
      for (const data of snippetEntries(readCode(process.cwd(), contentDir))) {
        const id = `${data.task}/${data.framework}`;
        store.set({ id, data: await context.parseData({ id, data }), filePath: data.file });
      }
    },
  };
}
