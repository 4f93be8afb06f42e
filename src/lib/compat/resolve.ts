import type { AcceleratorKind, Platform } from '../../data/compatibility.ts';
import { osOf } from '../../data/compatibility.ts';
import { compareVersions } from './versions.ts';

/** The part of a release line the resolver needs (also what the page embeds for the browser). */
export interface LineFacts {
  version: string;
  released: string;
  latest: string;
  latestDate: string;
  python: string[];
  platforms: string[];
  accelerators: {
    kind: string;
    status: string;
    versions: string[];
    platforms: string[];
    note?: string;
    src?: string[];
  }[];
  install: {
    os: string;
    manager: string;
    accelerator: string;
    accelVersion?: string;
    command: string;
    src?: string[];
  }[];
  /** Source ids of the Python and platform cells (resolved by the page's source list). */
  src?: { python: string[]; platforms: string[] };
}

/** What the reader asked: any field left out matches everything. */
export interface Query {
  python?: string;
  platform?: Platform;
  /** Accelerator kind, with a major version for CUDA and ROCm ("12" for CUDA 12.x). */
  accel?: { kind: AcceleratorKind; major?: string };
}

/** The resolver's answer for one framework. */
export type Answer =
  | {
      ok: true;
      line: LineFacts;
      /** The accelerator entry that matched (stable preferred over experimental). */
      accelerator?: LineFacts['accelerators'][number];
      /** Install commands for the reader's OS and accelerator, newest patch of the line. */
      commands: LineFacts['install'];
    }
  | { ok: false; reasons: string[] };

const LABEL: Record<string, string> = {
  cpu: 'CPU',
  cuda: 'CUDA',
  rocm: 'ROCm',
  mps: 'Apple GPU',
  xpu: 'Intel XPU',
  tpu: 'TPU',
};

/** "CUDA 12.x", "Apple GPU", … */
export function accelLabel(a: NonNullable<Query['accel']>): string {
  return a.major ? `${LABEL[a.kind]} ${a.major}.x` : LABEL[a.kind];
}

/** The accelerator entry of a line that serves the query, stable before experimental. */
export function matchAccel(line: LineFacts, q: Query): LineFacts['accelerators'][number] | undefined {
  const a = q.accel ?? { kind: 'cpu' as const };
  const hits = line.accelerators.filter(
    (x) =>
      x.kind === a.kind &&
      x.status !== 'none' &&
      (!q.platform || x.platforms.includes(q.platform)) &&
      (!a.major || x.versions.some((v) => v.split('.')[0] === a.major)),
  );
  return hits.find((x) => x.status === 'stable') ?? hits[0];
}

/** Does one criterion hold for a line? */
const tests = {
  python: (l: LineFacts, q: Query) => !q.python || l.python.includes(q.python),
  platform: (l: LineFacts, q: Query) => !q.platform || l.platforms.includes(q.platform),
  accel: (l: LineFacts, q: Query) => !!matchAccel(l, q),
};

/** "2.4", or "2.1–2.4" for a run of lines (newest first in, oldest–newest out). */
function span(lines: LineFacts[]): string {
  if (lines.length === 0) return '';
  const sorted = [...lines].sort((a, b) => compareVersions(a.version, b.version));
  const first = sorted[0].version;
  const last = sorted[sorted.length - 1].version;
  return first === last ? first : `${first}–${last}`;
}

/**
 * The newest release line that supports every asked criterion, with its install commands; or,
 * when none does, one reason per criterion saying which lines do support it on its own.
 */
export function resolve(
  lines: readonly LineFacts[],
  q: Query,
  platformLabel = (p: string) => p,
  name = '',
): Answer {
  const sorted = [...lines].sort((a, b) => compareVersions(b.version, a.version));
  const line = sorted.find((l) => tests.python(l, q) && tests.platform(l, q) && tests.accel(l, q));
  if (line) {
    const accelerator = matchAccel(line, q);
    const kind = q.accel?.kind ?? 'cpu';
    const os = q.platform ? osOf(q.platform) : undefined;
    const major = q.accel?.major;
    const commands = line.install.filter(
      (c) =>
        (!os || c.os === os) &&
        c.accelerator === kind &&
        (!major || !c.accelVersion || c.accelVersion.split('.')[0] === major),
    );
    return { ok: true, line, accelerator, commands };
  }
  const reasons: string[] = [];
  const say = (ok: LineFacts[], what: string) =>
    reasons.push(
      ok.length
        ? `${what}: only in ${name ? `${name} ` : ''}${span(ok)}.`
        : `${what}: no release line since 2023.`,
    );
  if (q.python && !sorted.every((l) => tests.python(l, q)))
    say(
      sorted.filter((l) => tests.python(l, q)),
      `Python ${q.python}`,
    );
  if (q.platform && !sorted.every((l) => tests.platform(l, q)))
    say(
      sorted.filter((l) => tests.platform(l, q)),
      platformLabel(q.platform),
    );
  const a = q.accel ?? { kind: 'cpu' as const };
  const where = q.platform ? ` on ${platformLabel(q.platform)}` : '';
  if (!sorted.every((l) => tests.accel(l, q)))
    say(
      sorted.filter((l) => tests.accel(l, q)),
      `${accelLabel(a)}${where}`,
    );
  if (reasons.length === 0)
    reasons.push('Each choice is met by some release line, but no single line meets them all.');
  return { ok: false, reasons };
}

/** Reader state kept in the URL: ?fw=a,b&py=3.12&on=windows-x86_64&acc=cuda-12. */
export interface ResolverState {
  frameworks: string[];
  python?: string;
  platform?: string;
  accel?: string;
}

/** Reads state from a query string; unknown values are dropped by the caller's lists. */
export function parseState(
  search: string,
  allowed: { frameworks: string[]; python: string[]; platforms: string[]; accels: string[] },
): ResolverState {
  const p = new URLSearchParams(search);
  const pick = (v: string | null, list: string[]) => (v && list.includes(v) ? v : undefined);
  return {
    frameworks: (p.get('fw') ?? '').split(',').filter((f) => allowed.frameworks.includes(f)),
    python: pick(p.get('py'), allowed.python),
    platform: pick(p.get('on'), allowed.platforms),
    accel: pick(p.get('acc'), allowed.accels),
  };
}

/** Writes state as a query string (empty fields left out), the inverse of parseState. */
export function serializeState(s: ResolverState): string {
  const p = new URLSearchParams();
  if (s.frameworks.length) p.set('fw', s.frameworks.join(','));
  if (s.python) p.set('py', s.python);
  if (s.platform) p.set('on', s.platform);
  if (s.accel) p.set('acc', s.accel);
  const out = p.toString().replace(/%2C/g, ',');
  return out ? `?${out}` : '';
}

/** "cuda-12" → { kind: 'cuda', major: '12' }; "mps" → { kind: 'mps' }. */
export function parseAccel(value: string | undefined): Query['accel'] {
  if (!value) return undefined;
  const [kind, major] = value.split('-') as [AcceleratorKind, string | undefined];
  return major ? { kind, major } : { kind };
}
