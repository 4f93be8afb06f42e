import type { Cell, Framework } from '../../schemas/framework.ts';
import type { FrameworkEntry } from '../frameworks.ts';
import { KINDS } from '../../data/kinds.ts';
import { STATUSES } from '../../data/statuses.ts';
import { HARDWARE } from '../../data/hardware.ts';
import { DEPLOYMENT } from '../../data/deployment.ts';
import { EXECUTION_MODES } from '../../data/execution.ts';
import { LANGUAGES } from '../../data/languages.ts';
import { LICENCES } from '../../data/licences.ts';
import { CRITERIA, type CriterionId } from '../../data/criteria.ts';
import { SUPPORT, type Support } from '../../data/support.ts';
import { keysOf } from '../../data/registry.ts';
import { formatDate, formatRelease, listOf } from '../format.ts';

/** A source as a table cell links it. */
export interface SourceLink {
  title: string;
  url: string;
}

/** One table cell: text always; a support state for cells that have one; the note and sources one step away. */
export interface CellView {
  text: string;
  /** yes / partial / … for support cells; shown in words, never by colour alone. */
  state?: Support;
  /** What the note disclosure shows: limits, reasons, since/until. */
  detail?: string;
  sources: SourceLink[];
  /** What the column sorts by (a string compared with localeCompare, or a number). */
  sort: string | number;
}

/** Column groups, in table order; the column chooser lists columns under these. */
export const COLUMN_GROUPS = {
  about: 'About',
  hardware: 'Hardware',
  deployment: 'Deployment',
  editorial: 'Editorial (opinion)',
} as const;
export type ColumnGroup = keyof typeof COLUMN_GROUPS;

/** A column of the comparison table. `id` is short because it goes into URLs. */
export interface Column {
  id: string;
  label: string;
  group: ColumnGroup;
  /** Shown before the reader chooses columns. */
  visible: boolean;
  /** The id of the fact on the profile page, where its note and sources are. */
  anchor: string;
  value(f: Framework): CellView;
}

function sourcesOf(f: Framework, ids: readonly string[]): SourceLink[] {
  return ids.flatMap((id) => {
    const s = f.sources.find((x) => x.id === id);
    return s ? [{ title: s.title, url: s.url }] : [];
  });
}

/** Ordinal of a support state for sorting: yes first, unknown last. */
const SUPPORT_ORDER: Record<Support, number> = { yes: 0, partial: 1, no: 2, 'not-applicable': 3, unknown: 4 };

function supportCell(f: Framework, cell: Cell): CellView {
  const range = [cell.since && `since ${cell.since}`, cell.until && `until ${cell.until}`]
    .filter(Boolean)
    .join(', ');
  const detail = [
    cell.via && `Via ${cell.via}.`,
    range && `${range[0].toUpperCase()}${range.slice(1)}.`,
    cell.note,
  ]
    .filter(Boolean)
    .join(' ');
  return {
    text: SUPPORT[cell.value].label,
    state: cell.value,
    detail: detail || undefined,
    sources: sourcesOf(f, cell.sources),
    sort: SUPPORT_ORDER[cell.value],
  };
}

function rating(id: CriterionId): Column {
  const levels = CRITERIA[id].levels as Record<string, { label: string }>;
  const order = Object.keys(levels);
  return {
    id: `ed-${id.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
    label: CRITERIA[id].label,
    group: 'editorial',
    visible: id === 'research' || id === 'production',
    anchor: 'editorial',
    value: (f) => ({
      text: levels[f.editorial[id].rating].label,
      detail: f.editorial[id].rationale,
      sources: [],
      sort: order.indexOf(f.editorial[id].rating),
    }),
  };
}

/** Every column of /compare/, in order. The framework name is the row header, not a column. */
export const COLUMNS: readonly Column[] = [
  {
    id: 'kind',
    label: 'Kind',
    group: 'about',
    visible: true,
    anchor: 'facts',
    value: (f) => ({ text: KINDS[f.kind].label, sources: [], sort: KINDS[f.kind].label }),
  },
  {
    id: 'status',
    label: 'Status',
    group: 'about',
    visible: true,
    anchor: 'fact-status',
    value: (f) => ({
      text: f.status.since
        ? `${STATUSES[f.status.value].label} since ${f.status.since.slice(0, 4)}`
        : STATUSES[f.status.value].label,
      detail: f.status.note,
      sources: sourcesOf(f, f.status.sources),
      sort: keysOf(STATUSES).indexOf(f.status.value),
    }),
  },
  {
    id: 'steward',
    label: 'Steward',
    group: 'about',
    visible: false,
    anchor: 'fact-steward',
    value: (f) => ({
      text: f.organisation.current.value,
      sources: sourcesOf(f, f.organisation.current.sources),
      sort: f.organisation.current.value,
    }),
  },
  {
    id: 'first',
    label: 'First release',
    group: 'about',
    visible: true,
    anchor: 'fact-first-release',
    value: (f) => ({
      text: formatDate(f.firstRelease.date),
      sources: sourcesOf(f, f.firstRelease.sources),
      sort: f.firstRelease.date,
    }),
  },
  {
    id: 'latest',
    label: 'Latest release',
    group: 'about',
    visible: true,
    anchor: 'fact-latest-release',
    value: (f) => ({
      text: formatRelease(f.latestRelease),
      detail: f.latestRelease.note,
      sources: sourcesOf(f, f.latestRelease.sources),
      sort: f.latestRelease.date,
    }),
  },
  {
    id: 'licence',
    label: 'Licence',
    group: 'about',
    visible: true,
    anchor: 'fact-licence',
    value: (f) => ({
      text: LICENCES[f.licence.spdx].label,
      detail: f.licence.note,
      sources: sourcesOf(f, f.licence.sources),
      sort: f.licence.spdx,
    }),
  },
  {
    id: 'lang',
    label: 'API languages',
    group: 'about',
    visible: true,
    anchor: 'fact-api-languages',
    value: (f) => ({
      text: listOf(f.languages.api.value.map((l) => LANGUAGES[l].label)),
      detail: f.languages.api.note,
      sources: sourcesOf(f, f.languages.api.sources),
      sort: f.languages.api.value.join(' '),
    }),
  },
  {
    id: 'exec',
    label: 'Execution model',
    group: 'about',
    visible: true,
    anchor: 'fact-execution',
    value: (f) => ({
      text: EXECUTION_MODES[f.execution.default].label,
      detail: f.execution.compile.length
        ? `Compile paths: ${f.execution.compile.map((c) => c.name).join(', ')}.`
        : undefined,
      sources: sourcesOf(f, f.execution.sources),
      sort: f.execution.default,
    }),
  },
  ...keysOf(HARDWARE).map((k): Column => ({
    id: `hw-${k}`,
    label: HARDWARE[k].label,
    group: 'hardware',
    visible: ['cpu', 'cuda', 'rocm', 'metal', 'tpu'].includes(k),
    anchor: `hardware-${k}`,
    value: (f) => supportCell(f, f.hardware[k]),
  })),
  {
    id: 'dist',
    label: 'Distributed training',
    group: 'hardware',
    visible: true,
    anchor: 'fact-distributed',
    value: (f) => supportCell(f, f.distributed),
  },
  ...keysOf(DEPLOYMENT).map((k): Column => ({
    id: `dep-${k}`,
    label: DEPLOYMENT[k].label,
    group: 'deployment',
    visible: ['server', 'mobile', 'browser', 'onnx'].includes(k),
    anchor: `deployment-${k}`,
    value: (f) => supportCell(f, f.deployment[k]),
  })),
  rating('research'),
  rating('production'),
  rating('learningCurve'),
  rating('debugging'),
];

/** Column ids, for validating URL state. */
export const COLUMN_IDS: ReadonlySet<string> = new Set(COLUMNS.map((c) => c.id));

/** A table row: the framework and its cells in column order. */
export interface CompareRow {
  id: string;
  name: string;
  cells: CellView[];
  facets: RowFacets;
}

/** What the filters look at, kept as plain strings so the browser can read it from data-* attributes. */
export interface RowFacets {
  kind: string;
  status: string;
  licence: string;
  lang: string[];
  hw: string[];
  deploy: string[];
  exec: string;
  /** Lower-case text the free-text filter searches: name, aliases, steward, summary. */
  text: string;
}

const supported = (cells: Record<string, Cell>) =>
  Object.entries(cells)
    .filter(([, c]) => c.value === 'yes' || c.value === 'partial')
    .map(([k]) => k);

/** The facets of one framework. */
export function facetsOf(f: Framework): RowFacets {
  return {
    kind: f.kind,
    status: f.status.value,
    licence: LICENCES[f.licence.spdx].family,
    lang: [...f.languages.api.value],
    hw: supported(f.hardware),
    deploy: supported(f.deployment),
    exec: f.execution.default,
    text: [f.name, ...f.aliases, f.organisation.current.value, f.organisation.original.value]
      .join(' ')
      .toLowerCase(),
  };
}

/** Every row of the table, sorted by name. */
export function compareRows(frameworks: readonly FrameworkEntry[]): CompareRow[] {
  return [...frameworks]
    .sort((a, b) => a.data.name.localeCompare(b.data.name, 'en', { sensitivity: 'base' }))
    .map(({ id, data }) => ({
      id,
      name: data.name,
      cells: COLUMNS.map((c) => c.value(data)),
      facets: facetsOf(data),
    }));
}

/** The support states that actually occur in these rows, for a legend that lists only those. */
export function statesInUse(rows: readonly CompareRow[]): Support[] {
  const used = new Set(
    rows.flatMap((r) => r.cells.map((c) => c.state).filter((s): s is Support => s !== undefined)),
  );
  return keysOf(SUPPORT).filter((s) => used.has(s));
}

/** CSS that hides the cells of every column named in the table's data-hide (JavaScript on only). */
export function columnRules(): string {
  return (
    COLUMNS.map(
      (c) => `:root[data-js] .compare[data-hide~="${c.id}"] [data-col="${c.id}"]{display:none}`,
    ).join('\n') + '\n'
  );
}
