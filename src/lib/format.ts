const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2019-09-30" → "30 September 2019"; "2019-09" → "September 2019"; "2019" → "2019". */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y;
  const month = MONTHS[Number(m) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** "2.0" with "2019-09-30" → "2.0 (30 September 2019)"; versions always carry their date. */
export function formatRelease(release: { version?: string; date: string }): string {
  return release.version ? `${release.version} (${formatDate(release.date)})` : formatDate(release.date);
}

/** The year of a partial date, for sorting and compact display. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** Each item of "A, B and C" with the separator that goes before it ("", ", " or " and "). */
export function listItems<T>(items: readonly T[]): { before: string; item: T }[] {
  return items.map((item, i) => ({
    before: i === 0 ? '' : i === items.length - 1 ? ' and ' : ', ',
    item,
  }));
}

/** Joins labels as "A, B and C". */
export function listOf(items: readonly string[]): string {
  return listItems(items)
    .map(({ before, item }) => before + item)
    .join('');
}

/**
 * The language of a name written in a script other than Latin, for a lang attribute so that
 * screen readers pronounce it and browsers pick a font for it (昇思 is MindSpore's Chinese
 * name); undefined for the rest, which take the page's language.
 */
export function scriptLanguageOf(text: string): string | undefined {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'ja';
  if (/\p{Script=Hangul}/u.test(text)) return 'ko';
  if (/\p{Script=Han}/u.test(text)) return 'zh';
  return undefined;
}
