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

/** Joins labels as "A, B and C". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
