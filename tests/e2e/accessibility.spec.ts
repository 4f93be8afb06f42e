import { axeViolations, expect, PAGE_TYPES, test } from './fixtures';

for (const [name, path] of Object.entries(PAGE_TYPES)) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${name}: no axe violations in the ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toContain(
        scheme,
      );
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test(`${name}: readable at 320 px without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('the stored dark theme passes axe too (not only the system one)', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/frameworks/theano/');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await axeViolations(page)).toEqual([]);
});

test('keyboard: the skip link comes first and moves focus to the content', async ({ page }) => {
  await page.goto('/frameworks/pytorch/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
});
