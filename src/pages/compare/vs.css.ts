import type { APIRoute } from 'astro';
import { allFrameworks } from '../../collections';
import { vsPickerRules } from '../../lib/compare/pairs';

/** The rules of the "X vs Y" picker, generated from the framework ids (no JavaScript needed). */
export const GET: APIRoute = async () =>
  new Response(vsPickerRules((await allFrameworks()).map((f) => f.id)), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
