import type { Framework } from '../schemas/framework.ts';
import type { Kind } from '../data/kinds.ts';
import type { FrameworkEntry } from './frameworks.ts';

/** How an event reads on the timeline. */
export type EventType = 'first-release' | 'landmark' | 'status';

/** One dated event of the field's history, with the source that backs it. */
export interface TimelineEvent {
  date: string;
  type: EventType;
  title: string;
  version?: string;
  framework: { id: string; name: string; kind: Kind };
  source: { title: string; url: string };
}

/** The first source an event cites (every event cites at least one; the checks make sure). */
function firstSource(f: Framework, ids: readonly string[]): { title: string; url: string } {
  const s = f.sources.find((x) => x.id === ids[0]) ?? f.sources[0];
  return { title: s.title, url: s.url };
}

/**
 * Every framework's history entries, plus its status change when the history does not already
 * hold an event on that date. Sorted by date (partial dates sort before exact ones of the same
 * month), then by framework name.
 */
export function timelineEvents(frameworks: readonly FrameworkEntry[]): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const { id, data: f } of frameworks) {
    const framework = { id, name: f.name, kind: f.kind };
    for (const h of f.history) {
      const type: EventType =
        h.date === f.firstRelease.date
          ? 'first-release'
          : f.status.value !== 'active' && h.date === f.status.since
            ? 'status'
            : 'landmark';
      events.push({
        date: h.date,
        type,
        title: h.title,
        version: h.version,
        framework,
        source: firstSource(f, h.sources),
      });
    }
    const since = f.status.since;
    if (f.status.value !== 'active' && since && !f.history.some((h) => h.date === since)) {
      events.push({
        date: since,
        type: 'status',
        title: statusTitle(f),
        framework,
        source: firstSource(f, f.status.sources),
      });
    }
  }
  return events.sort(
    (a, b) => a.date.localeCompare(b.date) || a.framework.name.localeCompare(b.framework.name),
  );
}

function statusTitle(f: Framework): string {
  const words: Record<string, string> = {
    'maintenance-only': 'Moves to maintenance only',
    discontinued: 'Development discontinued',
    archived: 'Archived',
    superseded: 'Superseded',
  };
  return words[f.status.value] ?? 'Status change';
}

/** Events grouped by year, in order. */
export function byYear(events: readonly TimelineEvent[]): { year: string; events: TimelineEvent[] }[] {
  const groups = new Map<string, TimelineEvent[]>();
  for (const e of events) {
    const y = e.date.slice(0, 4);
    groups.set(y, [...(groups.get(y) ?? []), e]);
  }
  return [...groups].map(([year, list]) => ({ year, events: list }));
}

/** A framework's active span for the lifespan chart: first release to end of development (or today). */
export interface Span {
  id: string;
  name: string;
  start: number;
  end: number;
  ongoing: boolean;
  status: Framework['status']['value'];
}

/** Fractional year of a partial date ("2019-09" → 2019.67); a bare year counts from its start. */
export function yearFraction(date: string): number {
  const [y, m = '1', d = '1'] = date.split('-');
  return Number(y) + (Number(m) - 1) / 12 + (Number(d) - 1) / 365;
}

/** Spans sorted by first release; active frameworks run to `today`. */
export function lifespans(frameworks: readonly FrameworkEntry[], today: string): Span[] {
  return [...frameworks]
    .map(({ id, data: f }) => {
      const ongoing = f.status.value === 'active' || f.status.value === 'maintenance-only';
      const end = !ongoing && f.status.since ? yearFraction(f.status.since) : yearFraction(today);
      return {
        id,
        name: f.name,
        start: yearFraction(f.firstRelease.date),
        end: Math.max(end, yearFraction(f.firstRelease.date) + 0.1),
        ongoing,
        status: f.status.value,
      };
    })
    .sort((a, b) => a.start - b.start || a.name.localeCompare(b.name));
}
