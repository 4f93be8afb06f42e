/** What Pagefind returns for one result (the parts this page shows). */
export interface SearchHit {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
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
  const excerpt = doc.createElement('p');
  excerpt.className = 'mt-1 text-sm';
  excerpt.append(...excerptNodes(hit.excerpt, doc));
  li.append(excerpt);
  return li;
}

/** The sentence announced after each search. */
export function statusText(query: string, count: number): string {
  if (!query.trim()) return '';
  if (count === 0) return `No results for “${query}”.`;
  return `${count} result${count === 1 ? '' : 's'} for “${query}”.`;
}
