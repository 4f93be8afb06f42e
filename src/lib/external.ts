/** True for links that leave the site (absolute http(s) URLs); they get rel="noopener noreferrer". */
export function isExternal(href: string | undefined): boolean {
  return typeof href === 'string' && /^https?:\/\//i.test(href);
}
