// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { SHIKI_THEMES } from './src/lib/shiki-themes.ts';
import { SITE } from './src/site.config.ts';
import { contentChecks } from './src/integrations/content-checks.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { isIndexable } from './src/lib/indexable.ts';

export default defineConfig({
  site: SITE.url,
  base: SITE.base,
  trailingSlash: 'always',
  build: { inlineStylesheets: 'always' },
  // Not for search engines: the 404 and search pages, and the reversed order of a pair
  // ("/compare/pytorch-vs-jax/"), which only redirects to the canonical page.
  integrations: [
    contentChecks(),
    mdx(),
    sitemap({ filter: (page) => isIndexable(new URL(page).pathname) }),
    searchIndex(),
  ],
  markdown: { shikiConfig: { themes: SHIKI_THEMES, defaultColor: false } },
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Astro inlines small scripts, but a script with a computed import() then keeps Vite's
      // unreplaced __VITE_PRELOAD__ placeholder and throws (the search page loads Pagefind this
      // way). Such scripts stay external files; everything else keeps the default 4 KB rule.
      assetsInlineLimit: (_file, content) =>
        content.toString().includes('__VITE_PRELOAD__') ? false : undefined,
    },
  },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self' https://github.com",
      ],
      // Shiki colours tokens with style attributes; 'unsafe-inline' is allowed for attributes only.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
});
