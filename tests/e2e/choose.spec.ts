import { expect, test } from './fixtures';

test('stating needs narrows the list, and each excluded framework says why', async ({ page }) => {
  await page.goto('/choose/');
  const fits = page.locator('.choose-fits > li');
  const total = await fits.count();
  await expect(page.getByRole('status')).toHaveText(
    `${total} of ${total} frameworks fit your needs; 0 excluded.`,
  );
  await page
    .getByRole('group', { name: /^Hardware/ })
    .getByRole('checkbox', { name: 'Google TPU' })
    .check();
  const afterTpu = await fits.count();
  expect(afterTpu).toBeLessThan(total);
  const excluded = page.locator('.choose-excluded > li');
  await expect(excluded.first()).toContainText('Excluded: needs Google TPU support.');
  await page
    .getByRole('group', { name: /^Maturity/ })
    .getByRole('radio', { name: 'Actively developed' })
    .check();
  expect(await fits.count()).toBeLessThanOrEqual(afterTpu);
  await expect(page.locator('.choose-excluded > li', { hasText: 'Theano' })).toContainText(
    'needs active development',
  );
  await expect(page).toHaveURL(/hw=tpu/);
  await expect(page).toHaveURL(/maturity=active/);
  await page.goBack();
  await expect(
    page.getByRole('group', { name: /^Maturity/ }).getByRole('radio', { name: 'Any status' }),
  ).toBeChecked();
  expect(await fits.count()).toBe(afterTpu);
});

test('a shared choice restores the same result', async ({ page }) => {
  await page.goto('/choose/?lang=rust&purpose=production');
  await expect(page.getByRole('checkbox', { name: 'Rust' })).toBeChecked();
  const names = await page.locator('.choose-fits > li h3').allTextContents();
  expect(names.length).toBeGreaterThan(0);
  for (const n of names) expect(['Burn', 'Hugging Face Candle']).toContain(n);
  await page.getByRole('button', { name: 'Clear all needs' }).click();
  await expect(page.getByRole('status')).toHaveText(/ 0 excluded\.$/);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('every framework is listed with the facts each need looks at', async ({ page }) => {
    await page.goto('/choose/?hw=tpu');
    await expect(
      page.getByRole('heading', { name: 'Every framework, with the facts each need looks at' }),
    ).toBeVisible();
    expect(await page.locator('.choose-fits > li').count()).toBeGreaterThanOrEqual(27);
    await expect(page.locator('.choose-fits > li').first()).toContainText('Hardware:');
    await expect(page.getByRole('group', { name: 'Your needs' })).toBeHidden();
  });
});
