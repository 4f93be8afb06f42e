import type { APIRoute } from 'astro';
import rss from '@astrojs/rss';
import { allChanges, allFrameworks } from '../collections';
import { feedItems } from '../lib/changes';
import { SITE } from '../site.config';

/** An RSS feed of every change to a published fact, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const [changes, frameworks] = await Promise.all([allChanges(), allFrameworks()]);
  const names = new Map(frameworks.map((f) => [f.id, f.data.name]));
  return rss({
    title: `${SITE.name}: what changed`,
    description: 'Changes to the facts of every framework profile: releases, statuses, support and licences.',
    site: site ?? SITE.url,
    // Item links end in a fragment (/changes/#<id>); the default would append a slash to it.
    trailingSlash: false,
    items: feedItems(changes, names, import.meta.env.BASE_URL),
  });
};
