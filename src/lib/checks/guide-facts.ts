import type { Framework } from '../../schemas/framework.ts';
import { formatDate } from '../format.ts';
import { lineAt, proseOf, sentencesOf } from '../guides.ts';
import type { Check } from './context.ts';
import type { ContentIssue } from './issue.ts';

/** One value a framework file holds that a guide must render instead of typing. */
interface Needle {
  framework: Framework;
  /** Dotted path in the framework file. */
  field: string;
  value: string;
  kind: 'date' | 'version' | 'first-year';
  /** The component that renders it. */
  fix: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each value of a framework file a guide could type: release versions and dates, status and history dates. */
export function needlesOf(f: Framework): Needle[] {
  const out: Needle[] = [];
  const add = (field: string, value: string | undefined, kind: Needle['kind'], fix: string) => {
    if (!value) return;
    if (kind === 'date' && value.length < 7) return; // a bare year is too common to flag
    if (kind === 'version' && !value.includes('.')) return; // "Keras 3" names a product, not a release
    if (out.some((n) => n.kind === kind && n.value === value)) return;
    out.push({ framework: f, field, value, kind, fix });
  };
  const id = f.id;
  add('latestRelease.version', f.latestRelease.version, 'version', `<Release id="${id}" part="version" />`);
  add('latestRelease.date', f.latestRelease.date, 'date', `<Release id="${id}" part="date" />`);
  add(
    'firstRelease.version',
    f.firstRelease.version,
    'version',
    `<Release id="${id}" which="first" part="version" />`,
  );
  add('firstRelease.date', f.firstRelease.date, 'date', `<Release id="${id}" which="first" part="date" />`);
  add(
    'firstRelease.date',
    f.firstRelease.date.slice(0, 4),
    'first-year',
    `<Release id="${id}" which="first" part="year" />`,
  );
  add('status.since', f.status.since, 'date', `<Status id="${id}" />`);
  f.history.forEach((h, i) => {
    const by = `title="${h.title.split(/\s+/).slice(0, 3).join(' ')}"`;
    add(`history[${i}].date`, h.date, 'date', `<Event id="${id}" ${by} />`);
    add(`history[${i}].version`, h.version, 'version', `<Event id="${id}" ${by} show="both" />`);
  });
  return out;
}

/** Patterns that find a needle typed in prose. */
function patternsOf(n: Needle): RegExp[] {
  if (n.kind === 'version') return [new RegExp(`(?<![\\d.])v?${escape(n.value)}(?!\\.?\\d)`)];
  if (n.kind === 'first-year') return [new RegExp(`(?<![\\d-])${n.value}(?![\\d-])`)];
  const spelled = formatDate(n.value);
  const pats = [new RegExp(`(?<![\\d-])${escape(n.value)}(?!-?\\d)`)];
  if (n.value.length === 10) {
    const [, month, year] = spelled.split(' ');
    pats.push(new RegExp(`(?<!\\d)${escape(spelled)}(?!\\d)`));
    pats.push(new RegExp(`${month} ${Number(n.value.slice(8))}, ${year}`));
  } else pats.push(new RegExp(`(?<!\\d\\s)${escape(spelled)}(?!\\d)`));
  return pats;
}

/** True when a sentence of the original text names the framework (its name, an alias, or a component id). */
function names(sentence: string, f: Framework): boolean {
  if (sentence.includes(`id="${f.id}"`)) return true;
  return [f.name, ...f.aliases].some((n) =>
    new RegExp(`(?<![\\w-])${escape(n)}(?![\\w-])`, 'i').test(sentence),
  );
}

const RELEASE_WORDS = /\b(first|releas|launch|introduc|open[- ]sourc|debut|appear|arriv|came out)/i;

/**
 * A version or date the framework files hold, typed by hand in a guide, goes stale the day the
 * data changes. Dates are flagged anywhere in the prose of a guide about that framework; versions
 * and first-release years only in a sentence that names the framework, so "Python 3.12" passes.
 */
export const guideFactsCheck: Check = {
  name: 'guide-facts',
  description:
    'A guide renders every release version, release date, status date and history date the framework files hold with a component, never types it by hand.',
  run({ frameworks, articles }) {
    const issues: ContentIssue[] = [];
    const byId = new Map(frameworks.filter((f) => f.data).map((f) => [f.stem, f.data!]));
    for (const a of articles) {
      const prose = proseOf(a.text);
      const sentences = sentencesOf(prose);
      const seen = new Set<string>();
      for (const id of a.frameworks) {
        const f = byId.get(id);
        if (!f) continue; // reported by the references check
        for (const n of needlesOf(f)) {
          for (const s of sentences) {
            const text = prose.slice(s.start, s.end);
            const original = a.text.slice(s.start, s.end);
            if (n.kind !== 'date' && !names(original, f)) continue;
            if (n.kind === 'first-year' && !RELEASE_WORDS.test(text)) continue;
            for (const p of patternsOf(n)) {
              const m = p.exec(text);
              if (!m) continue;
              const line = lineAt(a.text, s.start + m.index);
              const key = `${line}:${n.value}`;
              if (seen.has(key)) continue;
              seen.add(key);
              issues.push({
                check: this.name,
                file: a.file,
                line,
                field: '',
                message: `Types "${m[0]}" by hand, which content/frameworks/${f.id}.yaml holds as ${n.field}${n.kind === 'first-year' ? ' (its year)' : ''}`,
                fix: `Write ${n.fix} instead, so the guide changes when the data does`,
              });
            }
          }
        }
      }
    }
    return issues;
  },
};
