import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { COMPATIBILITY_SCHEMA_VERSION, compatibilityExportSchema } from '../../schemas/compatibility';

/** JSON Schema of /data/compatibility.json, generated from the Zod schema so the two cannot drift. */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        ...z.toJSONSchema(compatibilityExportSchema, { io: 'output', unrepresentable: 'any' }),
        $id: 'compatibility.schema.json',
        title: 'Framework Atlas compatibility data',
        description: `/data/compatibility.json, schema version ${COMPATIBILITY_SCHEMA_VERSION}: one object per framework release line.`,
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } },
  );
