import { readdirSync } from 'node:fs';
import { axeViolations, expect, test } from './fixtures';

/** Every guide, by the file names the site builds them from. */
const GUIDES = readdirSync('content/articles')
  .filter((f) => /^[^_].*\.mdx?$/.test(f))
  .map((f) => f.replace(/\.mdx?$/, ''));

for (const id of GUIDES) {
  test.describe(`guide ${id}`, () => {
    for (const scheme of ['light', 'dark'] as const) {
      test(`no axe violations at 320 px in the ${scheme} theme`, async ({ page }) => {
        await page.setViewportSize({ width: 320, height: 640 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`/guides/${id}/`);
        expect(await axeViolations(page)).toEqual([]);
      });
    }

    test('reads at 320 px without sideways scrolling, and at 1280 px too', async ({ page }) => {
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`/guides/${id}/`);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `at ${width} px`).toBeLessThanOrEqual(0);
      }
    });

    test('the contents list leads to its sections, and the sources are last', async ({ page }) => {
      await page.goto(`/guides/${id}/`);
      const toc = page.getByRole('navigation', { name: 'Contents' });
      await toc.getByRole('link', { name: 'Sources', exact: true }).click();
      await expect(page).toHaveURL(/#guide-sources$/);
      await expect(page.getByRole('heading', { name: 'Sources', level: 2 })).toBeInViewport();
      const first = toc.getByRole('link').first();
      const target = (await first.getAttribute('href'))!;
      await first.click();
      await expect(page.locator(`[id="${target.slice(1)}"]`)).toBeInViewport();
    });
  });
}

test('a fact rendered from data links to its source with a readable name', async ({ page }) => {
  await page.goto('/guides/how-to-choose-a-deep-learning-framework/');
  const cite = page.locator('.fact-cite a').first();
  await expect(cite).toHaveAccessibleName(/^\S+\.\w+ \(source: .+, read \d.+\)$/);
  expect(await cite.getAttribute('href')).toMatch(/^https:\/\//);
});

test('a profile lists the guides about it and they open', async ({ page }) => {
  await page.goto('/frameworks/mxnet/');
  const section = page.getByRole('region', { name: 'Guides' });
  await section.getByRole('link', { name: /no longer developed/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('no longer developed');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('a guide shows its side-by-side code and tables', async ({ page }) => {
    await page.goto('/guides/from-pytorch-to-jax-and-flax-nnx/');
    await expect(page.locator('.code-pair pre').first()).toBeVisible();
    await expect(page.locator('.code-pair figcaption').nth(1)).toContainText('JAX');
  });
});
