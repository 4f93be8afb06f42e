/** Site-wide constants: the one place to change the published URL and the repository. */
export const SITE = {
  name: 'Framework Atlas',
  tagline: 'Deep-learning frameworks side by side: sourced facts, dated, with code that runs.',
  /** Where the site is published; used for canonical URLs and the sitemap. Override with SITE_URL. */
  url: process.env.SITE_URL || 'https://framework-atlas.github.io',
  /** Base path when published under a sub-folder (GitHub Pages project sites). Override with BASE_PATH. */
  base: process.env.BASE_PATH || '/',
  /** The source repository: "edit this file" and "report a problem" links are built from it. */
  repository: 'https://github.com/framework-atlas/framework-atlas',
  /** The branch edit links open. */
  branch: 'main',
  /** Licence of the data in content/ and /data/. */
  dataLicence: {
    spdx: 'CC-BY-4.0',
    name: 'Creative Commons Attribution 4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
  /**
   * The content folder, relative to the project root. Tests and the benchmark's scale run
   * point it at generated or fixture content with ATLAS_CONTENT_DIR.
   */
  contentDir: process.env.ATLAS_CONTENT_DIR ?? 'content',
  /**
   * Whether to build a page per pair of frameworks (n·(n−1)/2 pages plus as many redirects).
   * The benchmark's 1 000-framework scale run turns them off with ATLAS_PAIR_PAGES=off.
   */
  pairPages: process.env.ATLAS_PAIR_PAGES !== 'off',
  /**
   * The day the site is built (UTC), against which profiles' lastVerified dates are aged for
   * readers. Override with ATLAS_BUILD_DATE=YYYY-MM-DD for a reproducible build.
   */
  buildDate: process.env.ATLAS_BUILD_DATE || new Date().toISOString().slice(0, 10),
  /** Licence of the code. */
  codeLicence: { spdx: 'MIT', name: 'MIT License' },
} as const;
