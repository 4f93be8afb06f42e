import type { Framework } from '../schemas/framework.ts';
import { walk } from './checks/walk.ts';

/** Field groups reported by `npm run coverage`, each a way to read cells and optional facts. */
export const COVERAGE_GROUPS = [
  'autodiff',
  'hardware',
  'distributed',
  'deployment',
  'execution',
  'releases',
  'links',
  'ecosystem',
] as const;
export type CoverageGroup = (typeof COVERAGE_GROUPS)[number];

/** Unknown cells and missing optional facts in one group of one framework. */
export interface CoverageCell {
  unknown: number;
  missing: number;
}

const count = (cells: { value: string }[]) => cells.filter((c) => c.value === 'unknown').length;

/** Coverage of one framework, group by group. */
export function coverageOf(f: Framework): Record<CoverageGroup, CoverageCell> {
  const none = { unknown: 0, missing: 0 };
  return {
    autodiff: { ...none, unknown: count([f.autodiff]) },
    hardware: { ...none, unknown: count(Object.values(f.hardware)) },
    distributed: { ...none, unknown: count([f.distributed]) },
    deployment: { ...none, unknown: count(Object.values(f.deployment)) },
    execution: {
      ...none,
      missing: f.execution.compile.length === 0 && f.execution.default !== 'not-applicable' ? 1 : 0,
    },
    releases: { ...none, missing: f.firstRelease.version ? 0 : 1 },
    links: { ...none, missing: (f.links.repository ? 0 : 1) + (f.links.docs ? 0 : 1) },
    ecosystem: { ...none, missing: f.ecosystem.length === 0 ? 1 : 0 },
  };
}

/**
 * Facts that make a claim without a source. The schema already refuses them; counting them
 * here keeps the report honest if a schema rule is ever loosened.
 */
export function unsourcedFacts(f: Framework): number {
  let n = 0;
  for (const v of walk(f)) {
    const node = v.value as { value?: unknown; sources?: unknown } | null;
    if (
      !node ||
      typeof node !== 'object' ||
      Array.isArray(node) ||
      v.path[0] === 'sources' ||
      v.path[0] === 'editorial'
    )
      continue;
    if (!('sources' in node) && !('value' in node)) continue;
    const claims = typeof node.value !== 'string' || !['unknown', 'not-applicable'].includes(node.value);
    if (claims && (!Array.isArray(node.sources) || node.sources.length === 0)) n++;
  }
  return n;
}

/** One row of the report: a framework and its per-group numbers and totals. */
export interface CoverageRow {
  id: string;
  groups: Record<CoverageGroup, CoverageCell>;
  unknown: number;
  missing: number;
  unsourced: number;
}

/** The whole matrix, sorted by id, with totals per framework. */
export function coverageReport(frameworks: readonly { id: string; data: Framework }[]): CoverageRow[] {
  return [...frameworks]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ id, data }) => {
      const groups = coverageOf(data);
      const sum = (k: keyof CoverageCell) => COVERAGE_GROUPS.reduce((s, g) => s + groups[g][k], 0);
      return {
        id,
        groups,
        unknown: sum('unknown'),
        missing: sum('missing'),
        unsourced: unsourcedFacts(data),
      };
    });
}

/** The report as a plain-text table: "u/m" per group, where u = unknown cells and m = missing facts. */
export function formatCoverage(rows: readonly CoverageRow[]): string {
  const header = ['framework', ...COVERAGE_GROUPS, 'unknown', 'missing', 'unsourced'];
  const lines = rows.map((r) => [
    r.id,
    ...COVERAGE_GROUPS.map((g) => `${r.groups[g].unknown}/${r.groups[g].missing}`),
    String(r.unknown),
    String(r.missing),
    String(r.unsourced),
  ]);
  const total = (k: 'unknown' | 'missing' | 'unsourced') => rows.reduce((s, r) => s + r[k], 0);
  lines.push([
    'TOTAL',
    ...COVERAGE_GROUPS.map(() => ''),
    String(total('unknown')),
    String(total('missing')),
    String(total('unsourced')),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cols: string[]) =>
    cols
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [fmt(header), ...lines.map(fmt)].join('\n');
}
