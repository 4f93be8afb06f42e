import { z } from 'astro/zod';
import { frameworkSchema, FRAMEWORK_SCHEMA_VERSION } from '../schemas/framework.ts';
import { HARDWARE } from '../data/hardware.ts';
import { DEPLOYMENT } from '../data/deployment.ts';
import { LICENCES } from '../data/licences.ts';
import { keysOf } from '../data/registry.ts';
import { dataDate, type FrameworkEntry } from './frameworks.ts';
import { csvCell } from './compare/state.ts';

/** The envelope of /data/frameworks.json. */
export interface OpenData {
  /** Bumped when the shape changes incompatibly. */
  schemaVersion: number;
  /** The newest last-verified date among the frameworks: the data's own date, so builds stay reproducible. */
  dataVersion: string;
  licence: { spdx: string; url: string };
  frameworks: (FrameworkEntry['data'] & { id: string })[];
}

/** Builds the JSON export: validated data, sorted by id, with the schema version. */
export function toOpenData(
  list: readonly FrameworkEntry[],
  licence: { spdx: string; url: string },
): OpenData {
  const frameworks = [...list].sort((a, b) => a.id.localeCompare(b.id)).map((f) => ({ ...f.data, id: f.id }));
  const dataVersion = dataDate(list);
  return { schemaVersion: FRAMEWORK_SCHEMA_VERSION, dataVersion, licence, frameworks };
}

/** Column name and how to read it from a framework: one flat row per framework. */
const COLUMNS: [string, (f: FrameworkEntry) => string][] = [
  ['id', (f) => f.id],
  ['name', (f) => f.data.name],
  ['kind', (f) => f.data.kind],
  ['status', (f) => f.data.status.value],
  ['status_since', (f) => f.data.status.since ?? ''],
  ['successor', (f) => f.data.status.successor ?? ''],
  ['original_organisation', (f) => f.data.organisation.original.value],
  ['current_steward', (f) => f.data.organisation.current.value],
  ['first_release_version', (f) => f.data.firstRelease.version ?? ''],
  ['first_release_date', (f) => f.data.firstRelease.date],
  ['latest_release_version', (f) => f.data.latestRelease.version],
  ['latest_release_date', (f) => f.data.latestRelease.date],
  ['licence', (f) => f.data.licence.spdx],
  ['licence_family', (f) => LICENCES[f.data.licence.spdx].family],
  ['implementation_languages', (f) => f.data.languages.implementation.value.join(';')],
  ['api_languages', (f) => f.data.languages.api.value.join(';')],
  ['execution_default', (f) => f.data.execution.default],
  ['compile_paths', (f) => f.data.execution.compile.map((c) => c.name).join(';')],
  ['autodiff', (f) => f.data.autodiff.value],
  ...keysOf(HARDWARE).map((k): [string, (f: FrameworkEntry) => string] => [
    `hardware_${k.replace(/-/g, '_')}`,
    (f) => f.data.hardware[k].value,
  ]),
  ['distributed', (f) => f.data.distributed.value],
  ...keysOf(DEPLOYMENT).map((k): [string, (f: FrameworkEntry) => string] => [
    `deployment_${k}`,
    (f) => f.data.deployment[k].value,
  ]),
  ['editorial_learning_curve', (f) => f.data.editorial.learningCurve.rating],
  ['editorial_debugging', (f) => f.data.editorial.debugging.rating],
  ['editorial_research', (f) => f.data.editorial.research.rating],
  ['editorial_production', (f) => f.data.editorial.production.rating],
  ['home', (f) => f.data.links.home],
  ['repository', (f) => f.data.links.repository ?? ''],
  ['docs', (f) => f.data.links.docs ?? ''],
  ['last_verified', (f) => f.data.lastVerified],
];

/** The CSV header, in column order (documented on the /data/ page). */
export const CSV_COLUMNS = COLUMNS.map(([name]) => name);

/** The CSV export: a header and one row per framework, sorted by id, CRLF line ends. */
export function toCsv(list: readonly FrameworkEntry[]): string {
  const rows = [...list]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((f) => COLUMNS.map(([, get]) => csvCell(get(f))).join(','));
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

/** JSON Schema (draft 2020-12) of a framework file as contributors write it. */
export function frameworkJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(frameworkSchema, { io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    $id: 'framework.schema.json',
    title: 'Framework Atlas framework file',
    description: `content/frameworks/<id>.yaml, schema version ${FRAMEWORK_SCHEMA_VERSION}. Cross-file rules (sources cited, references exist, dates not in the future) are enforced by the project's checks.`,
  };
}
