import type { APIRoute } from 'astro';
import rss from '@astrojs/rss';
import { allGuides } from '../../collections';
import { href } from '../../lib/nav';
import { SITE } from '../../site.config';

/** An RSS feed of the guides, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const guides = await allGuides();
  return rss({
    title: `${SITE.name}: guides`,
    description: 'Guides to choosing and using deep-learning frameworks, written from sourced facts.',
    site: site ?? SITE.url,
    items: guides.map((g) => ({
      title: g.data.title,
      description: g.data.description,
      pubDate: new Date(`${g.data.published}T00:00:00Z`),
      link: href(import.meta.env.BASE_URL, `guides/${g.id}/`),
    })),
  });
};
