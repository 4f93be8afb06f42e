import type { Change } from '../schemas/changes.ts';
import { href } from './nav.ts';

/** A change with a stable id: "<date>-<framework>-<field>", plus "-2", "-3" for repeats. */
export interface ChangeEntry extends Change {
  id: string;
}

/** Gives every change of the log (oldest first) an id usable as a URL fragment and a feed guid. */
export function withIds(changes: readonly Change[]): ChangeEntry[] {
  const seen = new Map<string, number>();
  return changes.map((c) => {
    const base = `${c.date}-${c.framework}-${c.field}`
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { ...c, id: n === 1 ? base : `${base}-${n}` };
  });
}

/** Newest first; within a day, the later entry of the log first. */
export function newestFirst<T extends Change>(changes: readonly T[]): T[] {
  return changes
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.date.localeCompare(a.c.date) || b.i - a.i)
    .map(({ c }) => c);
}

/** The changes of one framework, newest first. */
export function changesOf<T extends Change>(framework: string, changes: readonly T[]): T[] {
  return newestFirst(changes.filter((c) => c.framework === framework));
}

/** "PyTorch: latestRelease changed from 2.9.0 to 2.9.1". */
export function changeTitle(c: Change, name: string): string {
  return `${name}: ${c.field} changed from ${c.old} to ${c.new}`;
}

/** One feed item per change, newest first, each linking to its entry on /changes/. */
export function feedItems(
  changes: readonly ChangeEntry[],
  names: ReadonlyMap<string, string>,
  base: string,
): { title: string; description: string; pubDate: Date; link: string }[] {
  return newestFirst(changes).map((c) => ({
    title: changeTitle(c, names.get(c.framework) ?? c.framework),
    description: `${c.reason} Sources: ${c.sources.map((s) => `${s.title} (${s.url})`).join('; ')}.`,
    pubDate: new Date(`${c.date}T00:00:00Z`),
    link: href(base, `changes/#${c.id}`),
  }));
}

/** The log for /changes/: days newest first, and within a day each framework (by name) with its changes in log order. */
export function byDayAndFramework(
  changes: readonly ChangeEntry[],
  names: ReadonlyMap<string, string>,
): { date: string; frameworks: { id: string; name: string; changes: ChangeEntry[] }[] }[] {
  const days = new Map<string, Map<string, ChangeEntry[]>>();
  for (const c of changes) {
    const day = days.get(c.date) ?? new Map<string, ChangeEntry[]>();
    days.set(c.date, day);
    day.set(c.framework, [...(day.get(c.framework) ?? []), c]);
  }
  return [...days.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([date, byFramework]) => ({
      date,
      frameworks: [...byFramework.entries()]
        .map(([id, list]) => ({ id, name: names.get(id) ?? id, changes: list }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    }));
}
