import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatIssues } from '../lib/checks/index.ts';
import { readContent } from '../lib/content/read.ts';
import { SITE } from '../site.config.ts';

/**
 * Runs the content checks before Astro loads any collection. Astro itself only logs dangling
 * references and duplicate ids and exits 0; here any problem stops `astro build` with the
 * file, the field and the fix. In `astro dev` the same report is logged so the server stays up.
 */
export function contentChecks(): AstroIntegration {
  return {
    name: 'framework-atlas:content-checks',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const { issues } = await checkContent(readContent(root, SITE.contentDir));
        if (issues.length === 0) return;
        const report = `${issues.length} content problem(s):\n${formatIssues(issues)}`;
        if (command === 'build') throw new Error(report);
        logger.error(report);
      },
    },
  };
}
