import type { APIRoute, GetStaticPaths } from 'astro';
import { allCompatibility } from '../../../collections';
import { toReleaseCycles, type CompatEntry } from '../../../lib/compat/facts';

export const getStaticPaths = (async () =>
  (await allCompatibility()).map((entry) => ({
    params: { id: entry.id },
    props: { entry },
  }))) satisfies GetStaticPaths;

/** A framework's release lines shaped like endoflife.date product data (releaseCycle, releaseDate, eol, latest, latestReleaseDate). */
export const GET: APIRoute<{ entry: CompatEntry }> = ({ props }) =>
  new Response(JSON.stringify(toReleaseCycles(props.entry.data), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
