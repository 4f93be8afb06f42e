import type { APIRoute, GetStaticPaths } from 'astro';
import rss from '@astrojs/rss';
import { allChanges, allFrameworks } from '../../../collections';
import { feedItems, type ChangeEntry } from '../../../lib/changes';
import type { FrameworkEntry } from '../../../lib/frameworks';
import { SITE } from '../../../site.config';

export const getStaticPaths = (async () => {
  const [changes, frameworks] = await Promise.all([allChanges(), allFrameworks()]);
  return frameworks.map((framework) => ({
    params: { id: framework.id },
    props: { framework, changes: changes.filter((c) => c.framework === framework.id) },
  }));
}) satisfies GetStaticPaths;

/** An RSS feed of one framework's changes, for readers who track that framework. */
export const GET: APIRoute<{ framework: FrameworkEntry; changes: ChangeEntry[] }> = ({ site, props }) => {
  const { framework, changes } = props;
  return rss({
    title: `${SITE.name}: what changed in ${framework.data.name}`,
    description: `Changes to the facts of the ${framework.data.name} profile: releases, status, support and licence.`,
    site: site ?? SITE.url,
    // Item links end in a fragment (/changes/#<id>); the default would append a slash to it.
    trailingSlash: false,
    items: feedItems(changes, new Map([[framework.id, framework.data.name]]), import.meta.env.BASE_URL),
  });
};
