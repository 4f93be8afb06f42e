import type { APIRoute } from 'astro';
import { allConcepts, allSnippets } from '../../collections';
import { SNIPPET_LANGUAGES } from '../../data/snippet-languages';
import { highlight, highlightCss } from '../../lib/snippets/highlight';
import { CONCEPT_LANGUAGE } from '../../lib/snippets/concepts';

/**
 * The colour classes of every highlighted snippet and concept cell. It highlights everything
 * itself first, so the file is complete whatever order the pages are built in.
 */
export const GET: APIRoute = async () => {
  for (const s of await allSnippets()) await highlight(s.code, SNIPPET_LANGUAGES[s.ext].shiki);
  for (const c of await allConcepts())
    for (const cell of Object.values(c.cells)) if (cell.code) await highlight(cell.code, CONCEPT_LANGUAGE);
  return new Response(highlightCss(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
