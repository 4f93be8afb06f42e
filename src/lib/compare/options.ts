import type { FrameworkEntry } from '../frameworks.ts';
import { KINDS } from '../../data/kinds.ts';
import { STATUSES } from '../../data/statuses.ts';
import { LICENCE_FAMILIES } from '../../data/licences.ts';
import { LANGUAGES } from '../../data/languages.ts';
import { HARDWARE } from '../../data/hardware.ts';
import { DEPLOYMENT } from '../../data/deployment.ts';
import { EXECUTION_MODES } from '../../data/execution.ts';
import type { Facet } from './state.ts';
import { COLUMNS, COLUMN_GROUPS, facetsOf, type ColumnGroup } from './columns.ts';
import type { ChoiceGroupData } from '../choice.ts';

/**
 * Filter groups of the table with only the values that occur, each with how many frameworks
 * have it; the hint says how several ticked values combine.
 */
export function filterGroups(frameworks: readonly FrameworkEntry[]): ChoiceGroupData[] {
  const facets = frameworks.map((f) => facetsOf(f.data));
  const count = (facet: Facet, v: string) =>
    facets.filter((r) => (Array.isArray(r[facet]) ? (r[facet] as string[]).includes(v) : r[facet] === v))
      .length;
  const group = (
    facet: Facet,
    legend: string,
    hint: string,
    labels: Record<string, { label: string }>,
  ): ChoiceGroupData => ({
    name: facet,
    type: 'checkbox',
    legend,
    hint,
    options: Object.entries(labels)
      .map(([value, { label }]) => ({ value, label, count: count(facet, value) }))
      .filter((o) => o.count > 0)
      .map(({ value, label, count: n }) => ({ value, label, note: String(n) })),
  });
  // A filter with one value cannot narrow anything (today every licence is permissive), so a
  // group appears only once the data has at least two values for it.
  return [
    group('kind', 'Kind', 'Any of', KINDS),
    group('status', 'Status', 'Any of', STATUSES),
    group('licence', 'Licence', 'Any of', LICENCE_FAMILIES),
    group('lang', 'API language', 'Any of', LANGUAGES),
    group('exec', 'Execution model', 'Any of', EXECUTION_MODES),
    group('hw', 'Hardware', 'All of (yes or partial)', HARDWARE),
    group('deploy', 'Deployment', 'All of (yes or partial)', DEPLOYMENT),
  ].filter((g) => g.options.length > 1);
}

/** The column chooser: one group per column group; default columns carry data-default. */
export function columnGroups(): ChoiceGroupData[] {
  return (Object.keys(COLUMN_GROUPS) as ColumnGroup[]).map((g) => ({
    name: 'col',
    type: 'checkbox',
    legend: COLUMN_GROUPS[g],
    options: COLUMNS.filter((c) => c.group === g).map((c) => ({
      value: c.id,
      label: c.label,
      data: c.visible ? { 'data-default': '' } : undefined,
    })),
  }));
}
