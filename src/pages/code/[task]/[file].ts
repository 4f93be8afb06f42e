import type { APIRoute, GetStaticPaths } from 'astro';
import { allSnippets } from '../../../collections';

/** Each snippet as a plain file, so "View file" works offline and on any static host. */
export const getStaticPaths = (async () =>
  (await allSnippets()).map((s) => ({
    params: { task: s.task, file: `${s.framework}.${s.ext}` },
    props: { code: s.code },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.code as string, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
