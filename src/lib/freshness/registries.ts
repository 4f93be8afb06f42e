import { compareParsed, parsePep440, parseSemver, type ParsedVersion } from './versions.ts';

/** The package registries the freshness check reads. */
export type RegistryName = 'pypi' | 'npm';

/** The newest stable release of one package, as its registry reports it. */
export interface RegistryRelease {
  registry: RegistryName;
  package: string;
  version: string;
  /** Day of the first upload of that version (UTC), YYYY-MM-DD. */
  date: string;
  /** The package's page for that version, for readers of the report. */
  url: string;
  /** Set when the response's times cannot be read as publication dates; the date is then not compared. */
  dateCaveat?: string;
}

/** The JSON endpoint that lists every version of a package with its upload times. */
export function registryUrl(registry: RegistryName, name: string): string {
  return registry === 'pypi'
    ? `https://pypi.org/pypi/${encodeURIComponent(name)}/json`
    : // Scoped names keep their "@" but encode the slash, as the registry documents.
      `https://registry.npmjs.org/${name.replace('/', '%2F')}`;
}

/** The human page of one version. */
export function packagePage(registry: RegistryName, name: string, version: string): string {
  return registry === 'pypi'
    ? `https://pypi.org/project/${name}/${version}/`
    : `https://www.npmjs.com/package/${name}/v/${version}`;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Thrown when a response does not have the shape the registry documents. */
export class RegistryShapeError extends Error {}

function newest(candidates: { version: string; parsed: ParsedVersion; uploaded: string }[]) {
  return candidates.reduce<(typeof candidates)[number] | undefined>(
    (best, c) => (!best || compareParsed(c.parsed, best.parsed) > 0 ? c : best),
    undefined,
  );
}

/**
 * The newest stable release in a PyPI JSON API response (https://docs.pypi.org/api/json/):
 * versions that PEP 440 calls pre-releases or dev releases are skipped, and so are versions
 * whose every file is yanked or that have no files. The date is the earliest upload of that
 * version, which is when it became installable.
 */
export function newestStablePypi(name: string, body: unknown): RegistryRelease | undefined {
  if (!isRecord(body) || !isRecord(body.releases))
    throw new RegistryShapeError(`PyPI response for ${name} has no "releases" object`);
  const candidates = [];
  for (const [version, files] of Object.entries(body.releases)) {
    const parsed = parsePep440(version);
    if (!parsed || parsed.pre !== undefined || !Array.isArray(files)) continue;
    const uploads = files
      .filter(isRecord)
      .filter((f) => f.yanked !== true)
      .map((f) => f.upload_time_iso_8601)
      .filter((t): t is string => typeof t === 'string')
      .sort();
    if (uploads.length) candidates.push({ version, parsed, uploaded: uploads[0] });
  }
  const best = newest(candidates);
  return best && release('pypi', name, best.version, best.uploaded);
}

/**
 * The newest stable release in an npm registry package document
 * (https://github.com/npm/registry/blob/main/docs/REGISTRY-API.md): versions with a SemVer
 * pre-release part are skipped; the date is the version's entry in `time` (its publication).
 */
export function newestStableNpm(name: string, body: unknown): RegistryRelease | undefined {
  if (!isRecord(body) || !isRecord(body.versions) || !isRecord(body.time))
    throw new RegistryShapeError(`npm response for ${name} has no "versions" and "time" objects`);
  const time = body.time;
  const candidates = [];
  for (const version of Object.keys(body.versions)) {
    const parsed = parseSemver(version);
    const uploaded = time[version];
    if (!parsed || parsed.pre !== undefined || typeof uploaded !== 'string') continue;
    candidates.push({ version, parsed, uploaded });
  }
  const best = newest(candidates);
  if (!best) return undefined;
  // The public registry always records `created` and `modified`; a mirror that re-stamped every
  // version with the time it copied it (seen on 2026-12-02 behind this project's proxy) does not.
  const caveat =
    typeof time.created === 'string'
      ? undefined
      : 'the response has no time.created, so its times may be when a mirror copied the package, not when it was published';
  return { ...release('npm', name, best.version, best.uploaded), ...(caveat && { dateCaveat: caveat }) };
}

function release(registry: RegistryName, name: string, version: string, uploaded: string): RegistryRelease {
  const day = new Date(uploaded);
  if (Number.isNaN(day.getTime()))
    throw new RegistryShapeError(`${registry} gives ${name} ${version} an unreadable date "${uploaded}"`);
  return {
    registry,
    package: name,
    version,
    date: day.toISOString().slice(0, 10),
    url: packagePage(registry, name, version),
  };
}

/** Reads a response of either registry. */
export function newestStable(
  registry: RegistryName,
  name: string,
  body: unknown,
): RegistryRelease | undefined {
  return registry === 'pypi' ? newestStablePypi(name, body) : newestStableNpm(name, body);
}
