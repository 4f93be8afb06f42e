import type { APIRoute } from 'astro';
import { allCompatibility } from '../../collections';
import { toCompatibilityExport } from '../../lib/compat/facts';
import { SITE } from '../../site.config';

/** One object per release line of every framework, with a schema version (see compatibility.schema.json). */
export const GET: APIRoute = async () =>
  new Response(
    JSON.stringify(
      toCompatibilityExport(await allCompatibility(), {
        spdx: SITE.dataLicence.spdx,
        url: SITE.dataLicence.url,
      }),
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
