/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// One Vitest run, one project per test tier (docs/architecture.md, "Test tiers"). The build tier reads dist/,
// which scripts/test.mjs builds first.
export default getViteConfig({
  test: {
    environment: 'node',
    globalSetup: ['tests/global-setup.ts'],
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'content', include: ['tests/content/**/*.test.ts'] } },
      { extends: true, test: { name: 'components', include: ['tests/components/**/*.test.ts'] } },
      // Whole-site tests here read every built page (hundreds); on a busy 2-core machine that can
      // take longer than Vitest's default 5 s, which made them fail for time, not for a defect.
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 60_000 } },
    ],
  },
});
