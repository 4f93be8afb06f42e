// The one module (besides content.config.ts) that touches astro:content, so pages stay thin
// and src/lib stays free of Astro imports.
import { getCollection } from 'astro:content';
import type { FrameworkEntry } from './lib/frameworks';

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
