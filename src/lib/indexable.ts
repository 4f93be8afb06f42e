/** True for pages search engines should list: not the 404 or search pages, nor pair redirects. */
export function isIndexable(pathname: string): boolean {
  if (/\/(404|search)(\/|\.html)?$/.test(pathname)) return false;
  const pair = /\/compare\/(.+)-vs-(.+)\/$/.exec(pathname);
  return !pair || pair[1] < pair[2];
}
