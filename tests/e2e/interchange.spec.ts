import { axeViolations, expect, test } from './fixtures';

const PAGES = { 'export task': '/code/export/', 'ExecuTorch profile': '/frameworks/executorch/' };

for (const [name, path] of Object.entries(PAGES)) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`interchange matrix on the ${name}: no axe violations in the ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      // Open every error text, so its colours are checked too.
      for (const d of await page.locator('.interchange details').all()) await d.locator('summary').click();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test(`interchange matrix on the ${name}: no sideways page scroll at 320 px`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    await expect(page.locator('.interchange table')).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a reader opens the error text of a failing cell and reaches the table by keyboard', async ({
    page,
  }) => {
    await page.goto('/code/export/');
    const matrix = page.getByRole('group', { name: 'Interchange matrix' });
    await matrix.focus();
    await expect(matrix).toBeFocused();
    const failing = page.locator('.interchange td', { hasText: 'Fails at' }).first();
    const error = failing.locator('pre');
    await expect(error).toBeHidden();
    await failing.getByText('Error text').click();
    await expect(error).toBeVisible();
    await expect(error).not.toBeEmpty();
  });
});
