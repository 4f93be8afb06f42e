import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const tabs = (page: import('@playwright/test').Page) => page.getByRole('tablist', { name: 'Framework' });

test('tabs follow the ARIA pattern: arrows wrap, Home and End, one panel shown', async ({ page }) => {
  await page.goto('/code/training-loop/');
  const all = tabs(page).getByRole('tab');
  const count = await all.count();
  expect(count).toBeGreaterThanOrEqual(10);
  await all.first().focus();
  await page.keyboard.press('End');
  await expect(all.nth(count - 1)).toBeFocused();
  await expect(all.nth(count - 1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(all.first()).toBeFocused();
  await expect(all.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(all.nth(count - 1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await expect(all.first()).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toHaveCount(1);
  const controls = await all.first().getAttribute('aria-controls');
  await expect(page.getByRole('tabpanel')).toHaveAttribute('id', controls!);
  // Only the selected tab is in the Tab order; the next Tab stop is inside the panel.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tabpanel').getByRole('button', { name: /^Copy/ })).toBeFocused();
});

test('the chosen framework is remembered across pages and followed from the URL hash', async ({ page }) => {
  await page.goto('/code/define-mlp/');
  await tabs(page).getByRole('tab', { name: 'JAX' }).click();
  await page.goto('/code/autodiff/');
  await expect(tabs(page).getByRole('tab', { name: 'JAX' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toHaveAttribute('id', 'jax');
  await page.goto('/code/autodiff/#pytorch');
  await expect(tabs(page).getByRole('tab', { name: 'PyTorch', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
});

test('a choice in one browser tab is followed by the others', async ({ page, context }) => {
  await page.goto('/code/define-mlp/');
  const other = await context.newPage();
  await other.goto('/code/define-mlp/');
  await tabs(page).getByRole('tab', { name: 'Keras' }).click();
  await expect(tabs(other).getByRole('tab', { name: 'Keras' })).toHaveAttribute('aria-selected', 'true');
  await other.close();
});

test('two or three frameworks side by side, kept in the URL; a fourth is refused', async ({ page }) => {
  await page.goto('/code/define-mlp/');
  await page.getByText('Side by side', { exact: true }).click();
  const group = page.getByRole('group', { name: /side by side/ });
  await group.getByRole('checkbox', { name: 'PyTorch', exact: true }).check();
  await expect(page.getByRole('status').filter({ hasText: 'chosen' })).toHaveText(
    'PyTorch chosen: choose one or two more.',
  );
  await group.getByRole('checkbox', { name: 'JAX' }).check();
  await expect(page).toHaveURL(/\?side=jax,pytorch$/);
  await expect(page.getByRole('status').filter({ hasText: 'side by side' })).toHaveText(
    'Showing JAX and PyTorch side by side.',
  );
  await expect(tabs(page)).toBeHidden();
  await expect(page.locator('.code-panel:visible')).toHaveCount(2);
  await expect(page.getByRole('heading', { name: 'PyTorch', level: 2 })).toBeVisible();
  await group.getByRole('checkbox', { name: 'Keras' }).check();
  await group.getByRole('checkbox', { name: 'TensorFlow', exact: true }).click();
  await expect(group.getByRole('checkbox', { name: 'TensorFlow', exact: true })).not.toBeChecked();
  await expect(page.locator('[data-announce]')).toHaveText(/At most 3/);
  await expect(page.locator('.code-panel:visible')).toHaveCount(3);
  // A shared link opens the same view.
  await page.goto('/code/define-mlp/?side=keras,tensorflow');
  await expect(page.locator('.code-panel:visible')).toHaveCount(2);
  await page.getByText('Side by side', { exact: true }).click();
  await page.getByRole('button', { name: 'Back to tabs' }).click();
  await expect(tabs(page)).toBeVisible();
  await expect(page).toHaveURL(/\/code\/define-mlp\/$/);
});

test('copy puts the exact file on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/code/autodiff/#pytorch');
  const panel = page.getByRole('tabpanel');
  // The accessible name changes to "Copied the PyTorch code", so find the button by its role in the markup.
  const button = panel.locator('[data-copy]');
  await expect(button).toHaveAccessibleName('Copy the PyTorch code');
  await button.focus();
  await expect(button).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(button).toContainText('Copied');
  await expect(page.locator('[data-announce]')).toHaveText('PyTorch code copied to the clipboard.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.trimEnd()).toBe(readFileSync('content/snippets/autodiff/pytorch.py', 'utf8').trimEnd());
});

test('without the Clipboard API, copying falls back and still reports', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
    document.execCommand = () => true;
  });
  await page.goto('/code/autodiff/#jax');
  await page.getByRole('button', { name: 'Copy the JAX code' }).click();
  await expect(page.locator('[data-announce]')).toHaveText('JAX code copied to the clipboard.');
});

test('each snippet links to its file, which is served as plain text', async ({ page }) => {
  await page.goto('/code/define-mlp/#tensorflow-js');
  const link = page.getByRole('tabpanel').getByRole('link', { name: /View file/ });
  const response = await page.request.get((await link.getAttribute('href'))!);
  expect(response.status()).toBe(200);
  expect(await response.text()).toBe(readFileSync('content/snippets/define-mlp/tensorflow-js.js', 'utf8'));
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('every snippet is visible, stacked under its heading', async ({ page }) => {
    await page.goto('/code/define-mlp/');
    await expect(page.getByRole('tablist')).toBeHidden();
    const panels = page.locator('.code-panel');
    const n = await panels.count();
    expect(n).toBeGreaterThanOrEqual(10);
    await expect(page.locator('.code-panel:visible')).toHaveCount(n);
    await expect(page.getByRole('heading', { name: 'Theano', level: 2 })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Copy/ }).first()).toBeHidden();
  });
});
