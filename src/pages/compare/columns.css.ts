import type { APIRoute } from 'astro';
import { columnRules } from '../../lib/compare/columns';

/** One rule per column for the column chooser (only with JavaScript on: data-js). */
export const GET: APIRoute = () =>
  new Response(columnRules(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
