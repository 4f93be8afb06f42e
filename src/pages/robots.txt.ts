import type { APIRoute } from 'astro';
import { SITE } from '../site.config';

/** Everything may be crawled; the sitemap's address follows the configured site URL and base. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(`${import.meta.env.BASE_URL}sitemap-index.xml`, site ?? SITE.url);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
