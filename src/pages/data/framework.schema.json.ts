import type { APIRoute } from 'astro';
import { frameworkJsonSchema } from '../../lib/open-data';

/** JSON Schema of a framework file, generated from the Zod schema so the two cannot drift. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(frameworkJsonSchema(), null, 2), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
