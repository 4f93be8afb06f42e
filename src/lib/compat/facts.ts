import type { Compatibility, ReleaseLine } from '../../schemas/compatibility.ts';
import { COMPATIBILITY_SCHEMA_VERSION } from '../../schemas/compatibility.ts';
import type { LineFacts } from './resolve.ts';
import { compareVersions } from './versions.ts';

/** A compatibility file with its framework's display name. */
export interface CompatEntry {
  id: string;
  name: string;
  data: Compatibility;
}

/** The resolver's view of a line: values only, no sources or notes except accelerator notes. */
export function lineFacts(l: ReleaseLine): LineFacts {
  return {
    version: l.version,
    released: l.released.value,
    latest: l.latest.version,
    latestDate: l.latest.date,
    python: l.python.value,
    platforms: l.platforms.value,
    accelerators: l.accelerators.map((a) => ({
      kind: a.kind,
      status: a.status,
      versions: a.versions,
      platforms: a.platforms,
      ...(a.note ? { note: a.note } : {}),
      src: a.sources,
    })),
    install: l.install.map((i) => ({
      os: i.os,
      manager: i.manager,
      accelerator: i.accelerator,
      ...(i.accelVersion ? { accelVersion: i.accelVersion } : {}),
      command: i.command,
      src: i.sources,
    })),
    src: { python: l.python.sources, platforms: l.platforms.sources },
  };
}

/** What the resolver page embeds for the browser: per framework, its lines and numbered sources. */
export function resolverData(entries: readonly CompatEntry[]) {
  return entries.map((e) => ({
    id: e.id,
    name: e.name,
    sources: Object.fromEntries(e.data.sources.map((s) => [s.id, [s.title, s.url, s.read]])),
    lines: e.data.lines.map(lineFacts),
  }));
}
export type ResolverFramework = ReturnType<typeof resolverData>[number];

/** The newest release line of a file. */
export function currentLine(c: Compatibility): ReleaseLine {
  return [...c.lines].sort((a, b) => compareVersions(b.version, a.version))[0];
}

/** Anchor id of a line on its versions page: "v2-15". */
export function lineAnchor(version: string): string {
  return `v${version.replace(/\./g, '-')}`;
}

/** "3.10–3.13" for a contiguous list, else the list joined with commas. */
export function pythonRange(versions: readonly string[]): string {
  if (versions.length === 0) return 'none';
  if (versions.length === 1) return versions[0];
  const minors = versions.map((v) => Number(v.split('.')[1]));
  const contiguous = minors.every((m, i) => i === 0 || m === minors[i - 1] + 1);
  return contiguous ? `${versions[0]}–${versions[versions.length - 1]}` : versions.join(', ');
}

/** The sources a line cites, resolved against the file's list, in first-cited order. */
export function lineSources(c: Compatibility, l: ReleaseLine) {
  const ids = new Set<string>();
  const add = (s: readonly string[]) => s.forEach((x) => ids.add(x));
  add(l.released.sources);
  add(l.latest.sources);
  add(l.python.sources);
  add(l.platforms.sources);
  l.accelerators.forEach((a) => add(a.sources));
  l.install.forEach((i) => add(i.sources));
  add(l.endOfSupport.sources);
  if (l.format) add(l.format.sources);
  if (l.opsets) add(l.opsets.sources);
  return c.sources.filter((s) => ids.has(s.id));
}

/** One object per release line, as /data/compatibility.json publishes it. */
export function toCompatibilityExport(
  entries: readonly CompatEntry[],
  licence: { spdx: string; url: string },
) {
  const sourceOf = (c: Compatibility) => (ids: readonly string[]) =>
    ids.map((id) => {
      const s = c.sources.find((x) => x.id === id)!;
      return { url: s.url, read: s.read };
    });
  const releases = [...entries]
    .sort((a, b) => a.id.localeCompare(b.id))
    .flatMap(({ id, data }) =>
      [...data.lines]
        .sort((a, b) => compareVersions(b.version, a.version))
        .map((l) => {
          const src = sourceOf(data);
          return {
            framework: id,
            package: data.package,
            version: l.version,
            released: l.released.value,
            latest: l.latest.version,
            latestReleaseDate: l.latest.date,
            python: l.python.value,
            platforms: l.platforms.value,
            accelerators: l.accelerators.map((a) => ({
              kind: a.kind,
              versions: a.versions,
              status: a.status,
              platforms: a.platforms,
              ...(a.cudnn ? { cudnn: a.cudnn } : {}),
              sources: src(a.sources),
            })),
            install: l.install.map((i) => ({
              os: i.os,
              manager: i.manager,
              accelerator: i.accelerator,
              ...(i.accelVersion ? { accelVersion: i.accelVersion } : {}),
              command: i.command,
              sources: src(i.sources),
            })),
            endOfSupport: l.endOfSupport.value,
            ...(l.format ? { onnx: { irVersion: l.format.irVersion, opset: l.format.opset } } : {}),
            ...(l.opsets ? { maxOpset: l.opsets.max } : {}),
            sources: lineSources(data, l).map((s) => ({ url: s.url, read: s.read })),
          };
        }),
    );
  const dataVersion = entries
    .flatMap((e) => e.data.sources.map((s) => s.read))
    .sort()
    .at(-1);
  return { schemaVersion: COMPATIBILITY_SCHEMA_VERSION, dataVersion, licence, releases };
}

/** A framework's release lines shaped like endoflife.date product data. */
export function toReleaseCycles(c: Compatibility) {
  return [...c.lines]
    .sort((a, b) => compareVersions(b.version, a.version))
    .map((l) => ({
      releaseCycle: l.version,
      releaseDate: l.released.value,
      // endoflife.date uses a date or a boolean; null here means the maintainer publishes no date.
      eol: l.endOfSupport.value === 'not-published' ? null : l.endOfSupport.value,
      latest: l.latest.version,
      latestReleaseDate: l.latest.date,
    }));
}
