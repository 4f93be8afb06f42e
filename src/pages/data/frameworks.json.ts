import type { APIRoute } from 'astro';
import { allFrameworks } from '../../collections';
import { toOpenData } from '../../lib/open-data';
import { SITE } from '../../site.config';

/** The validated framework data, with a schema version. */
export const GET: APIRoute = async () =>
  new Response(
    JSON.stringify(
      toOpenData(await allFrameworks(), { spdx: SITE.dataLicence.spdx, url: SITE.dataLicence.url }),
      null,
      2,
    ),
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
