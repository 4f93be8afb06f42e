// The guided choice: a reader states needs; each framework either fits or is excluded with the
// needs that excluded it. Pure, and imports only the URL helper, so the browser bundle stays small.
import { listParam } from './compare/state.ts';

/** The facts a framework offers to the needs, as the page's data-* attributes carry them. */
export interface Offer {
  lang: readonly string[];
  hw: readonly string[];
  deploy: readonly string[];
  /** Needs met only in part: "hw:rocm", "deploy:mobile" (the cell is "partial"). */
  partial?: readonly string[];
  /** Needs nobody has a source for: "hw:tpu" (the cell is "unknown"); never read as "no". */
  unknown?: readonly string[];
  licence: string;
  /** The kind of project (full framework, runtime, …), for grouping the answer. */
  kind?: string;
  status: string;
  /** Editorial ratings (opinion): research, production, learning curve. */
  research: string;
  production: string;
  learning: string;
}

/** What the reader needs; empty means "no preference". */
export interface Needs {
  lang: string[];
  hw: string[];
  deploy: string[];
  /** "permissive" to require a permissive licence. */
  licence: string;
  /** "active", "maintained" (active or maintenance-only), or "" for any. */
  maturity: string;
  purpose: string[];
}

export const PURPOSES = ['research', 'production', 'learning', 'on-device'] as const;

/** One unmet need: which question, and which answer was not met. */
export interface Miss {
  need: 'lang' | 'hw' | 'deploy' | 'licence' | 'maturity' | 'purpose';
  value: string;
}

export function noNeeds(): Needs {
  return { lang: [], hw: [], deploy: [], licence: '', maturity: '', purpose: [] };
}

/** Every need a framework does not meet; an empty list means it fits. Unknown cells are not misses. */
export function misses(offer: Offer, needs: Needs): Miss[] {
  const out: Miss[] = [];
  const unknown = (key: string) => offer.unknown?.includes(key) ?? false;
  if (needs.lang.length && !needs.lang.some((l) => offer.lang.includes(l)))
    out.push({ need: 'lang', value: needs.lang.join(',') });
  for (const h of needs.hw)
    if (!offer.hw.includes(h) && !unknown(`hw:${h}`)) out.push({ need: 'hw', value: h });
  for (const d of needs.deploy)
    if (!offer.deploy.includes(d) && !unknown(`deploy:${d}`)) out.push({ need: 'deploy', value: d });
  if (needs.licence === 'permissive' && offer.licence !== 'permissive')
    out.push({ need: 'licence', value: 'permissive' });
  if (needs.maturity === 'active' && offer.status !== 'active')
    out.push({ need: 'maturity', value: 'active' });
  if (needs.maturity === 'maintained' && offer.status !== 'active' && offer.status !== 'maintenance-only')
    out.push({ need: 'maturity', value: 'maintained' });
  for (const p of needs.purpose) {
    const ok =
      p === 'research'
        ? offer.research !== 'weak'
        : p === 'production'
          ? offer.production !== 'weak'
          : p === 'learning'
            ? offer.learning !== 'steep'
            : p === 'on-device'
              ? offer.deploy.includes('mobile') || offer.deploy.includes('microcontroller')
              : true;
    if (!ok) out.push({ need: 'purpose', value: p });
  }
  return out;
}

/** How well a framework meets the needs, best first. */
export const FITS = ['full', 'partial', 'unknown', 'no'] as const;
export type Fit = (typeof FITS)[number];

/** A framework's answer: its fit, the needs it misses, meets only in part, or that nobody knows. */
export interface Assessment {
  fit: Fit;
  misses: Miss[];
  partial: Miss[];
  unknown: Miss[];
}

/**
 * Full: every need met in full. Partial: met, some only in part. Unknown: nothing rules it out,
 * but for some need we have no source either way. No: at least one need is really not met.
 */
export function assess(offer: Offer, needs: Needs): Assessment {
  const missed = misses(offer, needs);
  const asked = [
    ...needs.hw.map((v) => ({ need: 'hw' as const, value: v })),
    ...needs.deploy.map((v) => ({ need: 'deploy' as const, value: v })),
  ];
  const key = (m: Miss) => `${m.need === 'hw' ? 'hw' : 'deploy'}:${m.value}`;
  const partial = asked.filter((m) => offer.partial?.includes(key(m)));
  const unknown = asked.filter((m) => offer.unknown?.includes(key(m)));
  const fit: Fit = missed.length ? 'no' : unknown.length ? 'unknown' : partial.length ? 'partial' : 'full';
  return { fit, misses: missed, partial, unknown };
}

/**
 * The order of the answer: by fit, then kind (frameworks before libraries, runtimes and formats,
 * as `kinds` lists them), active before inactive, then the server's order (name).
 */
export function rankOrder<T extends { offer: Offer; assessment: Assessment }>(
  items: readonly T[],
  kinds: readonly string[],
): T[] {
  const kindRank = (o: Offer) => {
    const i = kinds.indexOf(o.kind ?? '');
    return i < 0 ? kinds.length : i;
  };
  return items
    .map((item, i) => ({ item, i }))
    .sort(
      (x, y) =>
        FITS.indexOf(x.item.assessment.fit) - FITS.indexOf(y.item.assessment.fit) ||
        kindRank(x.item.offer) - kindRank(y.item.offer) ||
        Number(y.item.offer.status === 'active') - Number(x.item.offer.status === 'active') ||
        x.i - y.i,
    )
    .map(({ item }) => item);
}

/** Reads needs from a query string, keeping only known values. */
export function parseNeeds(search: string, allowed: { [K in keyof Needs]: ReadonlySet<string> }): Needs {
  const params = new URLSearchParams(search);
  const list = (k: keyof Needs) => listParam(params, k, allowed[k], 20);
  const one = (k: 'licence' | 'maturity') => {
    const v = params.get(k) ?? '';
    return allowed[k].has(v) ? v : '';
  };
  return {
    lang: list('lang'),
    hw: list('hw'),
    deploy: list('deploy'),
    licence: one('licence'),
    maturity: one('maturity'),
    purpose: list('purpose'),
  };
}

/** Writes needs as a query string ("" for no needs). */
export function serializeNeeds(needs: Needs): string {
  const params = new URLSearchParams();
  for (const k of ['lang', 'hw', 'deploy', 'purpose'] as const)
    if (needs[k].length) params.set(k, needs[k].join(','));
  if (needs.licence) params.set('licence', needs.licence);
  if (needs.maturity) params.set('maturity', needs.maturity);
  const s = params.toString();
  return s ? `?${s}` : '';
}
