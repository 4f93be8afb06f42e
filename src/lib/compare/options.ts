import type { FrameworkEntry } from '../frameworks.ts';
import { KINDS } from '../../data/kinds.ts';
import { STATUSES } from '../../data/statuses.ts';
import { LICENCE_FAMILIES } from '../../data/licences.ts';
import { LANGUAGES } from '../../data/languages.ts';
import { HARDWARE } from '../../data/hardware.ts';
import { DEPLOYMENT } from '../../data/deployment.ts';
import { EXECUTION_MODES } from '../../data/execution.ts';
import type { Facet } from './state.ts';
import { facetsOf } from './columns.ts';

/** A filter group of the table: its facet, legend, how values combine, and the values in use. */
export interface FilterGroup {
  facet: Facet;
  legend: string;
  /** Shown under the legend: how several ticked values combine. */
  hint: string;
  options: { value: string; label: string; count: number }[];
}

/** Filter groups with only the values that occur, each with how many frameworks have it. */
export function filterGroups(frameworks: readonly FrameworkEntry[]): FilterGroup[] {
  const facets = frameworks.map((f) => facetsOf(f.data));
  const count = (facet: Facet, v: string) => facets.filter((r) => (Array.isArray(r[facet]) ? (r[facet] as string[]).includes(v) : r[facet] === v)).length;
  const group = (facet: Facet, legend: string, hint: string, labels: Record<string, { label: string }>): FilterGroup => ({
    facet,
    legend,
    hint,
    options: Object.entries(labels)
      .map(([value, { label }]) => ({ value, label, count: count(facet, value) }))
      .filter((o) => o.count > 0),
  });
  return [
    group('kind', 'Kind', 'Any of', KINDS),
    group('status', 'Status', 'Any of', STATUSES),
    group('licence', 'Licence', 'Any of', LICENCE_FAMILIES),
    group('lang', 'API language', 'Any of', LANGUAGES),
    group('exec', 'Execution model', 'Any of', EXECUTION_MODES),
    group('hw', 'Hardware', 'All of (yes or partial)', HARDWARE),
    group('deploy', 'Deployment', 'All of (yes or partial)', DEPLOYMENT),
  ];
}
