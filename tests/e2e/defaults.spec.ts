import { axeViolations, expect, test } from './fixtures';

test.describe('defaults that differ, with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a pair page lists the differing defaults and each row leads to the full table', async ({ page }) => {
    await page.goto('/compare/keras-vs-pytorch/');
    const section = page.locator('section', {
      has: page.getByRole('heading', { name: 'Defaults that differ' }),
    });
    const table = section.getByRole('table');
    await expect(table.getByRole('columnheader', { name: 'Keras' })).toBeVisible();
    const link = table.getByRole('link', { name: 'BatchNorm epsilon' });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/\/concepts\/#default-batchnorm-epsilon$/);
    const row = page.locator('#default-batchnorm-epsilon');
    await expect(row).toBeInViewport();
    await expect(row).toContainText('torch 2.');
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the defaults tables pass axe in the ${scheme} theme at 320 px, without sideways page scroll`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of ['/concepts/', '/compare/keras-vs-pytorch/']) {
      await page.goto(path);
      await page
        .locator('#default-batchnorm-momentum, #pair-defaults-title')
        .first()
        .scrollIntoViewIfNeeded();
      expect(await axeViolations(page), path).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
}
