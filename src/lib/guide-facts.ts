import type { Cell, Framework, Source } from '../schemas/framework.ts';
import { HARDWARE } from '../data/hardware.ts';
import { DEPLOYMENT } from '../data/deployment.ts';
import { STATUSES } from '../data/statuses.ts';
import { SUPPORT } from '../data/support.ts';
import { formatDate } from './format.ts';

/**
 * The facts guides render from framework files (src/components/mdx/Release, Support, Status,
 * Event, SupportGrid). Each returns the text and the source ids behind it, or throws with a
 * message that names the component and the fix, so a wrong id or field fails the build.
 */

/** A fact ready to render: its text and the framework-file sources it cites. */
export interface RenderedFact {
  text: string;
  sources: Source[];
}

function cited(f: Framework, ids: readonly string[]): Source[] {
  return ids.map((id) => f.sources.find((s) => s.id === id)).filter((s): s is Source => s !== undefined);
}

export type ReleaseWhich = 'latest' | 'first';
export type ReleasePart = 'version' | 'date' | 'year' | 'both';

/** A framework's first or latest release: "2.15.0 (28 October 2026)", only the version, the date or the year. */
export function releaseFact(f: Framework, which: ReleaseWhich, part: ReleasePart = 'both'): RenderedFact {
  const r = which === 'latest' ? f.latestRelease : f.firstRelease;
  const date = formatDate(r.date);
  let text: string;
  if (part === 'year') text = r.date.slice(0, 4);
  else if (part === 'date') text = date;
  else if (part === 'version') {
    if (!r.version)
      throw new Error(
        `<Release id="${f.id}" which="${which}" part="version">: ${f.name}'s ${which} release has no version. Use part="date".`,
      );
    text = r.version;
  } else text = r.version ? `${r.version} (${date})` : date;
  return { text, sources: cited(f, r.sources) };
}

export type CellArea = 'hardware' | 'deployment' | 'distributed' | 'autodiff';

/** The label of a hardware or deployment target ("AMD ROCm", "Mobile"). */
export function targetLabel(area: CellArea, target?: string): string {
  if (area === 'hardware' && target && target in HARDWARE)
    return HARDWARE[target as keyof typeof HARDWARE].label;
  if (area === 'deployment' && target && target in DEPLOYMENT)
    return DEPLOYMENT[target as keyof typeof DEPLOYMENT].label;
  if (area === 'distributed') return 'Distributed training';
  if (area === 'autodiff') return 'Automatic differentiation';
  throw new Error(`Unknown ${area} target "${target ?? ''}"`);
}

/** One support cell of a framework; throws when the area or target does not exist. */
export function cellOf(f: Framework, area: CellArea, target?: string): Cell {
  if (area === 'distributed' || area === 'autodiff') return f[area];
  const cells = f[area] as Record<string, Cell>;
  const cell = target ? cells[target] : undefined;
  if (!cell) {
    const known = Object.keys(cells).join(', ');
    throw new Error(
      `<Support id="${f.id}" area="${area}" target="${target ?? ''}">: no such target. Use one of ${known}.`,
    );
  }
  return cell;
}

/** A support cell as words: "Partial, via PyTorch/XLA (torch_xla), since 2.3. Through the separate …". */
export function supportFact(f: Framework, area: CellArea, target?: string, withNote = true): RenderedFact {
  const cell = cellOf(f, area, target);
  const parts: string[] = [SUPPORT[cell.value].label];
  if (cell.via) parts.push(`via ${cell.via}`);
  if (cell.since) parts.push(`since ${cell.since}`);
  if (cell.until) parts.push(`support ended ${cell.until}`);
  let text = parts.join(', ');
  if (withNote && cell.note) text += `. ${cell.note.replace(/\.$/, '')}`;
  return { text, sources: cited(f, cell.sources) };
}

/** A framework's status: "Superseded since 28 September 2017", with the successor's id when there is one. */
export function statusFact(f: Framework): RenderedFact & { successor?: string; note?: string } {
  const s = f.status;
  const label = STATUSES[s.value].label;
  const text = s.since ? `${label} since ${formatDate(s.since)}` : label;
  return { text, sources: cited(f, s.sources), successor: s.successor, note: s.note };
}

/**
 * A dated landmark from a framework's history, found by version or by words of its title; the
 * match must be unique so a guide never renders the wrong event.
 */
export function eventFact(
  f: Framework,
  by: { version?: string; title?: string },
): RenderedFact & { date: string; title: string; version?: string } {
  const matches = f.history.filter(
    (h) =>
      (by.version === undefined || h.version === by.version) &&
      (by.title === undefined || h.title.toLowerCase().includes(by.title.toLowerCase())),
  );
  const what = by.version ? `version="${by.version}"` : `title="${by.title ?? ''}"`;
  if (!by.version && !by.title) throw new Error(`<Event id="${f.id}">: give version or title.`);
  if (matches.length !== 1) {
    const list = f.history.map((h) => (h.version ? `${h.version}: ${h.title}` : h.title)).join(' | ');
    throw new Error(
      `<Event id="${f.id}" ${what}>: ${matches.length} history entries match; make it match exactly one of: ${list}`,
    );
  }
  const h = matches[0];
  return {
    text: formatDate(h.date),
    date: h.date,
    title: h.title,
    version: h.version,
    sources: cited(f, h.sources),
  };
}

/** The host of a source URL without "www.", the visible label of a citation. */
export function sourceHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
