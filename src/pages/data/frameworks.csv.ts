import type { APIRoute } from 'astro';
import { allFrameworks } from '../../collections';
import { toCsv } from '../../lib/open-data';

/** One flattened row per framework. */
export const GET: APIRoute = async () =>
  new Response(toCsv(await allFrameworks()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
