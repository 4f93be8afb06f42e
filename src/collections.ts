// The one module (besides content.config.ts) that touches astro:content, so pages stay thin
// and src/lib stays free of Astro imports.
import { getCollection, getEntry } from 'astro:content';
import type { FrameworkEntry } from './lib/frameworks';
import type { ChangeEntry } from './lib/changes';
import { historicalReleases } from './lib/snippets/catalogue';

/** Every published framework, sorted by id. */
export async function allFrameworks(): Promise<FrameworkEntry[]> {
  const entries = await getCollection('frameworks');
  return entries.map(({ id, data }) => ({ id, data })).sort((a, b) => a.id.localeCompare(b.id));
}

/** Every published guide, newest first. */
export async function allGuides() {
  const entries = await getCollection('articles', (e) => !e.data.draft);
  return entries.sort((a, b) => b.data.published.localeCompare(a.data.published));
}

/** Every code task, in page order. */
export async function allTasks() {
  const entries = await getCollection('tasks');
  return entries.map((e) => e.data).sort((a, b) => a.order - b.order);
}

/** Every snippet with its verification record, sorted by id ("<task>/<framework>"). */
export async function allSnippets() {
  const entries = await getCollection('snippets');
  return entries
    .map((e) => e.data)
    .sort((a, b) => `${a.task}/${a.framework}`.localeCompare(`${b.task}/${b.framework}`));
}

/** Ids of the frameworks whose snippets are historical (content/tasks.yaml › historical). */
export async function historicalIds(): Promise<string[]> {
  return (await getCollection('historical')).map((e) => e.id);
}

/** The rows of the concepts table, in file order. */
export async function allConcepts() {
  const entries = await getCollection('concepts');
  return entries.map((e) => e.data).sort((a, b) => a.order - b.order);
}

/** Everything the code pages need, loaded together. */
export async function codeCatalogue() {
  const [frameworks, tasks, snippets, ids] = await Promise.all([
    allFrameworks(),
    allTasks(),
    allSnippets(),
    historicalIds(),
  ]);
  return { frameworks, tasks, snippets, historical: historicalReleases(frameworks, ids) };
}

/** Every entry of the change log (content/changes.yaml), in log order (oldest first). */
export async function allChanges(): Promise<ChangeEntry[]> {
  const entries = await getCollection('changes');
  return entries
    .sort((a, b) => a.data.order - b.data.order)
    .map(({ data }) => ({
      id: data.id,
      date: data.date,
      framework: data.framework,
      field: data.field,
      old: data.old,
      new: data.new,
      reason: data.reason,
      sources: data.sources,
    }));
}

/** Every compatibility file with its framework's name, sorted by framework name. */
export async function allCompatibility(): Promise<import('./lib/compat/facts').CompatEntry[]> {
  const [entries, frameworks] = await Promise.all([getCollection('compatibility'), allFrameworks()]);
  const names = new Map(frameworks.map((f) => [f.id, f.data.name]));
  return entries
    .map(({ id, data }) => ({ id, name: names.get(id) ?? id, data }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** One framework's data for a guide component; a wrong id fails the build with the fix. */
export async function frameworkFor(id: string, component: string) {
  const entry = await getEntry('frameworks', id);
  if (!entry)
    throw new Error(
      `<${component} id="${id}">: no content/frameworks/${id}.yaml. Use an existing framework id.`,
    );
  return entry.data;
}

/** content/defaults.yaml (defaults read from the pinned packages), or undefined when there is none. */
export async function defaultsData() {
  return (await getCollection('defaults'))[0]?.data;
}

/** Every interchange record (content/interchange/), in file-name order. */
export async function allInterchange() {
  const entries = await getCollection('interchange');
  return entries.sort((a, b) => a.id.localeCompare(b.id)).map((e) => e.data);
}
