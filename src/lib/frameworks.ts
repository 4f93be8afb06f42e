import type { Framework, Source } from '../schemas/framework.ts';
import { RELATIONS, type Relation } from '../data/relations.ts';

/** A framework with the id the site uses for it (the file name). */
export interface FrameworkEntry {
  id: string;
  data: Framework;
}

/** The orders the framework index offers; each has its own static page so it works without JS. */
export const SORTS = {
  name: { label: 'Name', path: 'frameworks/' },
  'first-release': { label: 'First release', path: 'frameworks/by-first-release/' },
} as const;
export type SortKey = keyof typeof SORTS;

/** Sorts frameworks by name (locale-aware) or by first release (oldest first, then name). */
export function sortFrameworks<T extends FrameworkEntry>(list: readonly T[], by: SortKey): T[] {
  const byName = (a: T, b: T) => a.data.name.localeCompare(b.data.name, 'en', { sensitivity: 'base' });
  return [...list].sort(
    by === 'name'
      ? byName
      : (a, b) => a.data.firstRelease.date.localeCompare(b.data.firstRelease.date) || byName(a, b),
  );
}

/** Numbers the sources of a profile 1…n in file order, for the "[n]" citation marks. */
export function sourceNumbers(sources: readonly Source[]): Map<string, number> {
  return new Map(sources.map((s, i) => [s.id, i + 1]));
}

/** One relation as shown on a profile: its label, the other framework and the facts' sources. */
export interface RelationView {
  type: Relation;
  label: string;
  other: FrameworkEntry;
  /** True when stated in the other framework's file (so its sources live there). */
  inverse: boolean;
  note?: string;
  sources: string[];
}

/** Relations of one framework in both directions: those it states and those others state about it. */
export function relationsOf(id: string, all: readonly FrameworkEntry[]): RelationView[] {
  const byId = new Map(all.map((f) => [f.id, f]));
  const self = byId.get(id);
  const out: RelationView[] = [];
  for (const r of self?.data.relations ?? []) {
    const other = byId.get(r.target);
    if (other)
      out.push({
        type: r.type,
        label: RELATIONS[r.type].label,
        other,
        inverse: false,
        note: r.note,
        sources: r.sources,
      });
  }
  for (const f of all) {
    if (f.id === id) continue;
    for (const r of f.data.relations) {
      if (r.target === id)
        out.push({
          type: r.type,
          label: RELATIONS[r.type].inverse,
          other: f,
          inverse: true,
          note: r.note,
          sources: r.sources,
        });
    }
  }
  return out;
}

/** Frameworks whose status names this one as successor (e.g. Caffe2 on PyTorch's profile). */
export function predecessorsOf(id: string, all: readonly FrameworkEntry[]): FrameworkEntry[] {
  return all.filter((f) => f.data.status.successor === id);
}

/** The data's own date: the newest last-verified date (so output does not depend on the build day). */
export function dataDate(list: readonly FrameworkEntry[]): string {
  return (
    list
      .map((f) => f.data.lastVerified)
      .sort()
      .at(-1) ?? '1970-01-01'
  );
}
