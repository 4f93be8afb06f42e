/** The site's main sections, in header order. Paths are relative to the base URL. */
export const NAV = [
  { label: 'Frameworks', path: 'frameworks/' },
  { label: 'Compare', path: 'compare/' },
  { label: 'Code', path: 'code/' },
  { label: 'Choose', path: 'choose/' },
  { label: 'Timeline', path: 'timeline/' },
  { label: 'Guides', path: 'guides/' },
  { label: 'Open data', path: 'data/' },
] as const;

/** Joins the base URL and a site path ("/" + "frameworks/" → "/frameworks/"). */
export function href(base: string, path = ''): string {
  return `${base.endsWith('/') ? base : `${base}/`}${path.replace(/^\//, '')}`;
}

/** True when `current` is the section page itself or inside it. */
export function isCurrentSection(current: string, sectionHref: string): boolean {
  return current === sectionHref || current.startsWith(sectionHref);
}
