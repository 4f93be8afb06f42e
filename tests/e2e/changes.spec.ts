import { expect, test } from './fixtures';

test('a reader follows a profile\'s "What changed" to the full log and its feed', async ({ page }) => {
  await page.goto('/frameworks/pytensor/');
  await page.getByRole('link', { name: 'What changed' }).first().click();
  const section = page.locator('section[aria-labelledby="changes"]');
  await expect(section.getByRole('heading', { name: 'What changed' })).toBeInViewport();
  await expect(section.locator('li').first()).toContainText('2 December 2026');
  const feed = section.getByRole('link', { name: 'RSS feed of its changes' });
  await expect(feed).toHaveAttribute('href', '/frameworks/pytensor/changes.xml');
  const response = await page.request.get('/frameworks/pytensor/changes.xml');
  expect(response.ok()).toBe(true);
  expect(await response.text()).toContain('<title>PyTensor: latestRelease changed from');
  await section.getByRole('link', { name: 'What changed' }).click();
  await expect(page).toHaveURL(/\/changes\/$/);
  await expect(page.getByRole('heading', { level: 3, name: /PyTensor/ })).toBeVisible();
});

test('a profile links its status to the rule that decides it', async ({ page }) => {
  await page.goto('/frameworks/theano/');
  await page.getByRole('link', { name: 'How statuses are decided' }).click();
  await expect(page).toHaveURL(/\/data\/#status-superseded$/);
  await expect(page.locator('#status-superseded')).toBeInViewport();
  await expect(page.getByText('the maintainers (or the steward) name a successor project')).toBeVisible();
});
