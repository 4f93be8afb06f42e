/** A matching section of a page: Pagefind splits pages at headings that have an id. */
export interface SubHit {
  title: string;
  url: string;
  excerpt: string;
}

/** What Pagefind returns for one result (the parts this page shows). */
export interface SearchHit {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: SubHit[];
}

/** Results shown at first and added by each "Show more results". */
export const RESULTS_PAGE = 10;
/** Matching sections listed under a result. */
export const MAX_SECTIONS = 3;

/**
 * The sections worth linking under a result: those below the page's top (their URL has a
 * #fragment), at most MAX_SECTIONS, in Pagefind's order (best match first).
 */
export function sectionsOf(hit: SearchHit): SubHit[] {
  return (hit.sub_results ?? []).filter((s) => s.url.includes('#')).slice(0, MAX_SECTIONS);
}

/**
 * Turns a Pagefind excerpt into nodes: text stays text and only <mark> survives, so nothing
 * in an indexed page can inject markup into the results.
 */
export function excerptNodes(excerpt: string, doc: Document): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  const out: Node[] = [];
  for (const node of Array.from(parsed.body.firstChild?.childNodes ?? [])) {
    if (node.nodeName === 'MARK') {
      const mark = doc.createElement('mark');
      mark.textContent = node.textContent;
      out.push(mark);
    } else {
      out.push(doc.createTextNode(node.textContent ?? ''));
    }
  }
  return out;
}

/** One result as a list item: title link, kind and status badges when the page has them, excerpt. */
export function resultItem(hit: SearchHit, doc: Document): HTMLLIElement {
  const li = doc.createElement('li');
  li.className = 'card';
  const h = doc.createElement('h2');
  h.className = 'text-lg m-0';
  const a = doc.createElement('a');
  a.href = hit.url;
  a.textContent = hit.meta.title ?? hit.url;
  h.append(a);
  li.append(h);
  const badges = [hit.meta.type, hit.meta.kind, hit.meta.status].filter((b): b is string => Boolean(b));
  if (badges.length) {
    const p = doc.createElement('p');
    p.className = 'flex flex-wrap gap-2 mt-1';
    for (const b of badges) {
      const span = doc.createElement('span');
      span.className = 'badge tone-neutral';
      span.textContent = b;
      p.append(span);
    }
    li.append(p);
  }
  const sections = sectionsOf(hit);
  // The link goes to the best matching section when there is one, not to the top of the page.
  if (sections[0]) a.href = sections[0].url;
  const excerpt = doc.createElement('p');
  excerpt.className = 'mt-1 text-sm';
  excerpt.append(...excerptNodes(sections[0]?.excerpt ?? hit.excerpt, doc));
  li.append(excerpt);
  if (sections.length > 1) {
    const ul = doc.createElement('ul');
    ul.className = 'search-sections mt-1 text-sm';
    for (const sec of sections.slice(1)) {
      const item = doc.createElement('li');
      const link = doc.createElement('a');
      link.href = sec.url;
      link.textContent = sec.title;
      item.append(link, doc.createTextNode(': '), ...excerptNodes(sec.excerpt, doc));
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}

/** The sentence announced after each search (and after "Show more"). */
export function statusText(query: string, count: number, shown = count): string {
  if (!query.trim()) return '';
  if (count === 0) return `No results for “${query}”.`;
  const all = `${count} result${count === 1 ? '' : 's'} for “${query}”`;
  return shown < count ? `${all}; showing the first ${shown}.` : `${all}.`;
}
