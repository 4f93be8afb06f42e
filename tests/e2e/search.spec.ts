import { expect, test } from './fixtures';

test('search finds a framework and shows its kind and status', async ({ page }) => {
  await page.goto('/search/');
  const box = page.getByRole('searchbox', { name: 'Search frameworks, facts and guides' });
  await box.fill('theano');
  await expect(page.getByRole('status')).toContainText(/\d+ results? for “theano”/);
  const first = page.locator('.search-results li').first();
  await expect(first.getByRole('link', { name: 'Theano' })).toBeVisible();
  await expect(first).toContainText('Full framework');
  await expect(first).toContainText('Superseded');
  await expect(page).toHaveURL(/\?q=theano$/);
});

test('the header search leads to results, and they are reachable by keyboard', async ({ page }) => {
  await page.goto('/frameworks/');
  const header = page.getByRole('search', { name: 'Site' });
  await header.getByRole('searchbox').fill('lua');
  await header.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=lua$/);
  await expect(page.locator('.search-results li').first()).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search frameworks, facts and guides' }).focus();
  await page.keyboard.press('Tab'); // the page's Search button
  await page.keyboard.press('Tab'); // the first result
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('href', /\/frameworks\//);
  await page.keyboard.press('Enter');
  // The result opens the matching section of the profile, not only its top.
  await expect(page).toHaveURL(/\/frameworks\/[a-z0-9-]+\/(#[a-z0-9-]+)?$/);
});

test('a search with no match says so', async ({ page }) => {
  await page.goto('/search/?q=zzzzqqqq');
  await expect(page.getByRole('status')).toHaveText('No results for “zzzzqqqq”.');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page explains itself and links to the lists', async ({ page }) => {
    await page.goto('/search/?q=jax');
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
    await page.getByRole('link', { name: 'all frameworks' }).click();
    await expect(page).toHaveURL(/\/frameworks\/$/);
  });
});
