import { expect, test } from './fixtures';

test('a superseded profile says so and links its successor', async ({ page }) => {
  await page.goto('/frameworks/theano/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Theano');
  const banner = page.getByRole('note', { name: 'Project status' });
  await expect(banner).toContainText('Superseded since');
  await banner.getByRole('link', { name: 'PyTensor' }).click();
  await expect(page).toHaveURL(/\/frameworks\/pytensor\/$/);
  await expect(page.getByRole('heading', { name: 'Related frameworks' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Theano' }).first()).toBeVisible();
});

test('a citation mark leads to its source', async ({ page }) => {
  await page.goto('/frameworks/pytorch/');
  const mark = page.locator('main sup.cite a').first();
  const target = (await mark.getAttribute('href'))!;
  await mark.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();
  await expect(page.locator(target).getByRole('link')).toHaveAttribute('rel', 'noopener noreferrer');
});

test('the framework index sorts by first release with a plain link', async ({ page }) => {
  await page.goto('/frameworks/');
  await page
    .getByRole('navigation', { name: 'Sort frameworks' })
    .getByRole('link', { name: 'First release' })
    .click();
  await expect(page).toHaveURL(/\/frameworks\/by-first-release\/$/);
  const years = await page.locator('main article p.muted').allTextContents();
  const firsts = years.map((t) => Number(/First released (\d{4})/.exec(t)![1]));
  expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
});

test('the theme choice is remembered across pages, with no flash, and "System" gives it back', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const theme = page.getByRole('combobox', { name: 'Theme' });
  await expect(theme).toHaveValue('system');
  await theme.selectOption({ label: '☾ Dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // Record the theme at the moment the document is parsed, before any module script runs.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { themeAtParse?: string }).themeAtParse = document.documentElement.dataset.theme;
    });
  });
  await page.goto('/frameworks/jax/');
  expect(await page.evaluate(() => (window as unknown as { themeAtParse?: string }).themeAtParse)).toBe(
    'dark',
  );
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
    'rgb(15, 18, 23)',
  );
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');

  await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

  // Back to following the system: nothing stored, and a dark system shows dark.
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('system');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
    'rgb(15, 18, 23)',
  );
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('system');
});

test('the site follows the system theme when nothing is stored', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('system');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
});

test('an unknown address gets the 404 page with links onwards', async ({ page }) => {
  const response = await page.goto('/frameworks/no-such-framework/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('main').getByRole('link', { name: 'Frameworks' }).click();
  await expect(page).toHaveURL(/\/frameworks\/$/);
});

test('the report link prefills an issue with the framework and page', async ({ page }) => {
  await page.goto('/frameworks/jax/');
  const href = (await page.getByRole('link', { name: 'Report a problem' }).first().getAttribute('href'))!;
  const url = new URL(href);
  expect(url.searchParams.get('title')).toBe('Problem: JAX');
  expect(url.searchParams.get('body')).toContain('/frameworks/jax/');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a profile is complete and the dead toggle is hidden', async ({ page }) => {
    await page.goto('/frameworks/keras/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Keras');
    await expect(page.getByRole('heading', { name: 'Hardware' })).toBeVisible();
    await expect(page.locator('section[aria-labelledby="sources"] li')).not.toHaveCount(0);
    await expect(page.getByRole('combobox', { name: 'Theme' })).toBeHidden();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guides' }).click();
    await expect(page).toHaveURL(/\/guides\/$/);
  });

  test('sorting still works, because it is a link', async ({ page }) => {
    await page.goto('/frameworks/');
    await page.getByRole('link', { name: 'First release' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Frameworks');
    await expect(page).toHaveURL(/by-first-release/);
  });
});
