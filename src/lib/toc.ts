/** A heading as Astro's render() returns it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** A table-of-contents entry with its sub-entries. */
export interface TocItem extends Heading {
  children: TocItem[];
}

/**
 * Nests h2/h3 headings into a table of contents. An h3 before any h2 becomes a top-level
 * entry rather than being dropped; deeper headings are left out to keep the list short.
 */
export function buildToc(headings: readonly Heading[], maxDepth = 3): TocItem[] {
  const toc: TocItem[] = [];
  for (const h of headings) {
    if (h.depth < 2 || h.depth > maxDepth) continue;
    const item: TocItem = { ...h, children: [] };
    const parent = toc.at(-1);
    if (h.depth > 2 && parent && parent.depth < h.depth) parent.children.push(item);
    else toc.push(item);
  }
  return toc;
}
