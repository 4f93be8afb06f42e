import { relationsOf, type FrameworkEntry, type RelationView } from '../frameworks.ts';
import { COLUMNS, COLUMN_GROUPS, type CellView, type ColumnGroup } from './columns.ts';
import { KINDS } from '../../data/kinds.ts';
import { STATUSES } from '../../data/statuses.ts';
import { EXECUTION_MODES } from '../../data/execution.ts';
import { LICENCES } from '../../data/licences.ts';
import { yearOf } from '../format.ts';
import { COUNTED_GROUPS, countDifferences, differenceSentence } from './state.ts';

/** The canonical slug of a pair: ids in alphabetical order, so each pair has one page. */
export function pairSlug(a: string, b: string): string {
  const [x, y] = [a, b].sort();
  return `${x}-vs-${y}`;
}

/** Every unordered pair of distinct ids, each once, in canonical order. */
export function allPairs(ids: readonly string[]): [string, string][] {
  const sorted = [...new Set(ids)].sort();
  const out: [string, string][] = [];
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length; j++) out.push([sorted[i], sorted[j]]);
  return out;
}

/** One compared attribute of a pair. */
export interface PairFact {
  group: ColumnGroup;
  label: string;
  /** The fact's id on a profile page. */
  anchor: string;
  a: CellView;
  b: CellView;
  differs: boolean;
}

/** The table's attributes side by side, each marked when the two values differ. */
export function pairFacts(a: FrameworkEntry, b: FrameworkEntry): PairFact[] {
  return COLUMNS.map((c) => {
    const va = c.value(a.data);
    const vb = c.value(b.data);
    return { group: c.group, label: c.label, anchor: c.anchor, a: va, b: vb, differs: va.text !== vb.text };
  });
}

/**
 * The one way the site counts differences, on pair pages, in their summaries and in the
 * side-by-side view of /compare/: over every sourced fact of the table (every column except the
 * editorial opinions), whichever columns are shown. The browser passes the same values through
 * countDifferences in src/lib/compare/state.ts, which this calls.
 */
export function differenceCount(facts: readonly PairFact[]): { differing: number; total: number } {
  const counted = facts.filter((f) => COUNTED_GROUPS.has(f.group));
  return countDifferences(counted.map((f) => [f.a.text, f.b.text]));
}

/** The sentence that states the count, the same everywhere. */
export function differenceText(facts: readonly PairFact[]): string {
  return differenceSentence(differenceCount(facts));
}

/** Facts grouped as the comparison table groups its columns. */
export function groupFacts(
  facts: readonly PairFact[],
): { group: ColumnGroup; label: string; facts: PairFact[] }[] {
  return (Object.keys(COLUMN_GROUPS) as ColumnGroup[])
    .map((group) => ({ group, label: COLUMN_GROUPS[group], facts: facts.filter((f) => f.group === group) }))
    .filter((g) => g.facts.length > 0);
}

/** One sentence that answers "A vs B" from the data: kinds, status, licences, execution, age, and how much differs. */
export function pairSummary(a: FrameworkEntry, b: FrameworkEntry): string {
  const describe = (f: FrameworkEntry) => {
    const status = STATUSES[f.data.status.value].label.toLowerCase();
    const article = /^[aeiou]/.test(status) ? 'an' : 'a';
    return `${f.data.name} is ${article} ${status} ${KINDS[f.data.kind].label.toLowerCase()} (${LICENCES[f.data.licence.spdx].label}, first released ${yearOf(f.data.firstRelease.date)}, ${EXECUTION_MODES[f.data.execution.default].label.toLowerCase()} by default)`;
  };
  const { differing, total } = differenceCount(pairFacts(a, b));
  return `${describe(a)}; ${describe(b)}; they differ in ${differing} of ${total} sourced facts.`;
}

/** Guides about both frameworks first, then guides about either. */
export function relatedGuides<G extends { id: string; data: { frameworks: string[] } }>(
  a: string,
  b: string,
  guides: readonly G[],
): G[] {
  const both = guides.filter((g) => g.data.frameworks.includes(a) && g.data.frameworks.includes(b));
  const either = guides.filter(
    (g) => !both.includes(g) && (g.data.frameworks.includes(a) || g.data.frameworks.includes(b)),
  );
  return [...both, ...either];
}

/** One comparison a profile offers: the other framework, its pair page slug and why it is listed first. */
export interface Comparison {
  other: FrameworkEntry;
  slug: string;
  /** The reason it ranks where it does, in words ("Built on", "Same kind"), if any. */
  reason?: string;
}

/**
 * Every comparison of one framework, most relevant first: frameworks it has a typed relation
 * with (built on, exports to, successor…), then those of the same kind and still developed, then
 * the same kind, then the rest; within a rank, active before inactive, then by name.
 */
export function comparisonsFor(id: string, all: readonly FrameworkEntry[]): Comparison[] {
  const self = all.find((f) => f.id === id);
  if (!self) return [];
  const related = new Map<string, RelationView>();
  for (const r of relationsOf(id, all)) if (!related.has(r.other.id)) related.set(r.other.id, r);
  const successorOf = (f: FrameworkEntry) => f.data.status.successor;
  const rank = (f: FrameworkEntry): [number, string | undefined] => {
    const rel = related.get(f.id);
    if (rel) return [0, rel.label];
    if (successorOf(self) === f.id) return [0, 'Successor'];
    if (successorOf(f) === id) return [0, 'Predecessor'];
    const sameKind = f.data.kind === self.data.kind;
    const active = f.data.status.value === 'active';
    if (sameKind && active) return [1, 'Same kind'];
    if (sameKind) return [2, 'Same kind'];
    return [active ? 3 : 4, undefined];
  };
  return all
    .filter((f) => f.id !== id)
    .map((f) => ({ f, r: rank(f) }))
    .sort(
      (x, y) =>
        x.r[0] - y.r[0] ||
        Number(y.f.data.status.value === 'active') - Number(x.f.data.status.value === 'active') ||
        x.f.data.name.localeCompare(y.f.data.name, 'en', { sensitivity: 'base' }),
    )
    .map(({ f, r }) => ({ other: f, slug: pairSlug(id, f.id), reason: r[1] }));
}

/**
 * CSS for the "X vs Y" picker (components/compare/VsPicker.astro): it shows the links of the
 * framework chosen first, among them the one for the second choice, and says so when both are
 * the same. Three rules per framework, not one per pair.
 */
export function vsPickerRules(ids: readonly string[]): string {
  const picked = (side: 'a' | 'b', id: string) => `:has(.vs-${side} option[value="${id}"]:checked)`;
  return (
    [
      '.vs:has(.vs-a option[value=""]:not(:checked)):has(.vs-b option[value=""]:not(:checked)) .vs-hint{display:none}',
      ...ids.flatMap((id) => [
        `.vs${picked('a', id)} .vs-for-${id}{display:block}`,
        `.vs${picked('b', id)} .vs-to-${id}{display:list-item}`,
        `.vs${picked('a', id)}${picked('b', id)} .vs-same{display:block}`,
      ]),
    ].join('\n') + '\n'
  );
}
