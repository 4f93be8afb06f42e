import type { FrameworkEntry } from '../frameworks.ts';
import { COLUMNS, COLUMN_GROUPS, type CellView, type ColumnGroup } from './columns.ts';
import { KINDS } from '../../data/kinds.ts';
import { STATUSES } from '../../data/statuses.ts';
import { EXECUTION_MODES } from '../../data/execution.ts';
import { LICENCES } from '../../data/licences.ts';
import { yearOf } from '../format.ts';

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
  const describe = (f: FrameworkEntry) =>
    `${f.data.name} is ${STATUSES[f.data.status.value].label.toLowerCase()} ${KINDS[f.data.kind].label.toLowerCase()} (${LICENCES[f.data.licence.spdx].label}, first released ${yearOf(f.data.firstRelease.date)}, ${EXECUTION_MODES[f.data.execution.default].label.toLowerCase()} by default)`;
  const facts = pairFacts(a, b);
  const differing = facts.filter((f) => f.differs && f.group !== 'editorial').length;
  const total = facts.filter((f) => f.group !== 'editorial').length;
  return `${describe(a)}; ${describe(b)}; they differ in ${differing} of ${total} compared facts.`;
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
