import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** One page of each type built so far; later features add theirs here. */
export const PAGE_TYPES = {
  home: '/',
  'framework index': '/frameworks/',
  'framework index by release': '/frameworks/by-first-release/',
  'active profile': '/frameworks/pytorch/',
  'superseded profile': '/frameworks/theano/',
  'guide index': '/guides/',
  guide: '/guides/how-to-choose-a-deep-learning-framework/',
  compare: '/compare/?hw=cuda&pick=jax,pytorch',
  pair: '/compare/jax-vs-pytorch/',
  'code index': '/code/',
  'code task': '/code/training-loop/',
  'code side by side': '/code/define-mlp/?side=pytorch,jax,tensorflow-js',
  concepts: '/concepts/',
  choose: '/choose/?lang=rust&hw=cuda',
  'open data': '/data/',
  'what changed': '/changes/',
  compatibility: '/compatibility/?fw=pytorch,jax&py=3.12&on=windows-x86_64&acc=cuda-12',
  'version table': '/frameworks/pytorch/versions/',
  timeline: '/timeline/',
  'timeline by kind': '/timeline/high-level-api/',
  search: '/search/?q=theano',
  'not found': '/no-such-page/',
} as const;

/**
 * Every test fails on a console error, an uncaught exception or a CSP violation, so those are
 * checked on every page a test visits rather than in one dedicated test.
 */
export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (m) => {
        // A 404 page is expected to log its own 404 response.
        if (m.type() === 'error' && !/status of 404/.test(m.text())) problems.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      await use(problems);
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

/** Runs axe with the WCAG 2.1 A/AA rules and returns readable violations. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

export { expect };
