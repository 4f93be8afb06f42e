import { expect, test } from './fixtures';

test('the timeline filters by kind with plain links, and events link to profile and source', async ({
  page,
}) => {
  await page.goto('/timeline/');
  const all = await page.locator('ol[aria-label="Events by year"] > li li').count();
  await page
    .getByRole('navigation', { name: 'Filter the timeline by kind' })
    .getByRole('link', { name: 'High-level API' })
    .click();
  await expect(page).toHaveURL(/\/timeline\/high-level-api\/$/);
  const some = await page.locator('ol[aria-label="Events by year"] > li li').count();
  expect(some).toBeGreaterThan(0);
  expect(some).toBeLessThan(all);
  const first = page.locator('ol[aria-label="Events by year"] > li li').first();
  await expect(first.getByRole('link').last()).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(first.locator('time')).toHaveAttribute('datetime', /^\d{4}/);
});

test('the lifespan chart is a labelled group whose bars link to profiles', async ({ page }) => {
  await page.goto('/timeline/');
  const chart = page.getByRole('group', { name: /Active years of \d+ frameworks/ });
  await expect(chart).toBeVisible();
  await chart.locator('a').first().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/frameworks\/[a-z0-9-]+\/$/);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the timeline reads fully', async ({ page }) => {
    await page.goto('/timeline/');
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await expect(page.locator('ol[aria-label="Events by year"] time').first()).toBeVisible();
  });
});
