/** True when a key press belongs to a field the reader is typing in. */
function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return Boolean(el?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'));
}

/**
 * "/" focuses the search field, as on many documentation sites: the search page's own field,
 * else the header's; where the header hides its field (phones), it opens the search page.
 */
export function focusSearchOnSlash(doc: Document, open: (path: string) => void): void {
  doc.addEventListener('keydown', (e) => {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
    const field = [doc.getElementById('search-q'), doc.getElementById('header-q')].find(
      (f): f is HTMLInputElement => f instanceof HTMLInputElement && f.offsetParent !== null,
    );
    e.preventDefault();
    if (field) {
      field.focus();
      field.select();
    } else {
      const link = doc.querySelector<HTMLAnchorElement>('.header-search-link');
      if (link) open(link.href);
    }
  });
}
