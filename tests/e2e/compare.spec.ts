import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const count = (page: import('@playwright/test').Page) => page.locator('.compare-count');
const visibleRows = (page: import('@playwright/test').Page) =>
  page.locator('table.compare tbody tr:not([hidden])');
/** After an interaction rows are added a few per frame; wait until the table is complete. */
const settled = (page: import('@playwright/test').Page) =>
  expect(page.locator('atlas-compare')).not.toHaveAttribute('data-busy');

test('filters combine, never reset each other, and the count is announced', async ({ page }) => {
  await page.goto('/compare/');
  await settled(page);
  const total = await page.locator('table.compare tbody tr').count();
  await expect(count(page)).toHaveText(`${total} of ${total} frameworks shown.`);
  await expect(count(page)).toHaveAttribute('role', 'status');
  await page.getByText('Filters', { exact: true }).click();
  await page
    .getByRole('group', { name: /^Kind/ })
    .getByRole('checkbox', { name: /Full framework/ })
    .check();
  await settled(page);
  const afterKind = await visibleRows(page).count();
  expect(afterKind).toBeLessThan(total);
  await page
    .getByRole('group', { name: /^Hardware/ })
    .getByRole('checkbox', { name: /NVIDIA CUDA/ })
    .check();
  await settled(page);
  const afterCuda = await visibleRows(page).count();
  expect(afterCuda).toBeLessThanOrEqual(afterKind);
  await expect(
    page.getByRole('group', { name: /^Kind/ }).getByRole('checkbox', { name: /Full framework/ }),
  ).toBeChecked();
  await expect(count(page)).toHaveText(`${afterCuda} of ${total} frameworks shown.`);
  await expect(page).toHaveURL(/kind=full-framework/);
  await expect(page).toHaveURL(/hw=cuda/);
  await page.getByLabel('Find by name or organisation').fill('torch');
  await expect(count(page)).toHaveText(new RegExp(`^\\d+ of ${total} frameworks shown\\.$`));
  await settled(page);
  const texts = await visibleRows(page).evaluateAll((rows) =>
    rows.map((r) => (r as HTMLElement).dataset.text ?? ''),
  );
  expect(texts.length).toBeGreaterThan(0);
  expect(texts.length).toBeLessThan(afterCuda + 1);
  for (const t of texts) expect(t).toContain('torch');
});

test('sorting by a column works from the keyboard and sets aria-sort', async ({ page }) => {
  await page.goto('/compare/');
  const header = page.locator('th[data-col="first"]');
  await header.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.locator('th[data-col="name"]')).not.toHaveAttribute('aria-sort');
  await settled(page);
  const first = await visibleRows(page).first().locator('td[data-col="first"]').getAttribute('data-sort');
  const last = await visibleRows(page).last().locator('td[data-col="first"]').getAttribute('data-sort');
  expect(first! <= last!).toBe(true);
  await page.keyboard.press('Enter');
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/sort=-first/);
});

test('Back restores the previous view, and a copied URL restores the whole view', async ({
  page,
  context,
}) => {
  await page.goto('/compare/');
  await page.getByText('Filters', { exact: true }).click();
  await page
    .getByRole('group', { name: /^Status/ })
    .getByRole('checkbox', { name: /^Active/ })
    .check();
  await settled(page);
  const activeOnly = await visibleRows(page).count();
  await page
    .getByRole('group', { name: /^Execution model/ })
    .getByRole('checkbox', { name: /^Eager/ })
    .check();
  await page.locator('th[data-col="latest"] button').click();
  await settled(page);
  await page.goBack();
  await expect(page.locator('th[data-col="latest"]')).not.toHaveAttribute('aria-sort');
  await page.goBack();
  await expect(
    page.getByRole('group', { name: /^Execution model/ }).getByRole('checkbox', { name: /^Eager/ }),
  ).not.toBeChecked();
  await expect(visibleRows(page)).toHaveCount(activeOnly);

  await page.goForward();
  await page.goForward();
  const url = page.url();
  const shown = await count(page).textContent();
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.locator('.compare-count')).toHaveText(shown!);
  await expect(other.locator('th[data-col="latest"]')).toHaveAttribute('aria-sort', 'ascending');
  await other.getByText('Filters', { exact: true }).click();
  await expect(
    other.getByRole('group', { name: /^Execution model/ }).getByRole('checkbox', { name: /^Eager/ }),
  ).toBeChecked();
});

test('two changes within one frame keep a history entry each (the URL is written after the paint)', async ({
  page,
}) => {
  await page.goto('/compare/');
  await settled(page);
  await page.getByText('Filters', { exact: true }).click();
  // Both clicks in one task: the first change's URL write is still waiting when the second comes.
  await page.evaluate(() => {
    for (const value of ['active', 'eager'])
      document.querySelector<HTMLInputElement>(`atlas-compare input[value="${value}"]`)!.click();
  });
  await settled(page);
  await expect(page).toHaveURL(/status=active/);
  await expect(page).toHaveURL(/exec=eager/);
  await page.goBack();
  await expect(page).toHaveURL(/status=active/);
  await expect(page).not.toHaveURL(/exec=/);
  await expect(
    page.getByRole('group', { name: /^Execution model/ }).getByRole('checkbox', { name: /^Eager/ }),
  ).not.toBeChecked();
  await expect(
    page.getByRole('group', { name: /^Status/ }).getByRole('checkbox', { name: /^Active/ }),
  ).toBeChecked();
});

test('picking two frameworks shows them side by side with differences marked', async ({ page }) => {
  await page.goto('/compare/');
  await page.getByLabel('Pick JAX for side by side').check();
  await expect(page.getByRole('heading', { name: 'Side by side' })).toBeVisible();
  await page.getByLabel('Pick PyTorch for side by side').check();
  const panel = page.locator('.pick-panel');
  await expect(panel.getByRole('columnheader', { name: 'PyTorch', exact: true })).toBeVisible();
  await expect(panel.getByRole('rowheader', { name: /\(differs\)$/ }).first()).toBeVisible();
  await expect(page).toHaveURL(/pick=jax%2Cpytorch|pick=jax,pytorch/);
  await panel.getByRole('link', { name: 'Open the full JAX vs PyTorch page' }).click();
  await expect(page).toHaveURL(/\/compare\/jax-vs-pytorch\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('JAX vs PyTorch');
});

test('the column choice is remembered on the next visit', async ({ page }) => {
  await page.goto('/compare/');
  await expect(page.locator('th[data-col="licence"]')).toBeVisible();
  await page.getByText('Columns', { exact: true }).click();
  await page.getByRole('group', { name: 'About' }).getByRole('checkbox', { name: 'Licence' }).uncheck();
  await expect(page.locator('th[data-col="licence"]')).toBeHidden();
  await page.getByRole('group', { name: 'About' }).getByRole('checkbox', { name: 'Steward' }).check();
  await page.goto('/compare/');
  await expect(page.locator('th[data-col="licence"]')).toBeHidden();
  await expect(page.locator('th[data-col="steward"]')).toBeVisible();
});

test('the current view exports as CSV and JSON', async ({ page }) => {
  await page.goto('/compare/?kind=high-level-api&cols=kind,licence');
  await settled(page);
  const shown = await visibleRows(page).count();
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const text = readFileSync(await csv.path(), 'utf8');
  const lines = text.trimEnd().split('\r\n');
  expect(lines[0]).toBe('Framework,Kind,Licence');
  expect(lines).toHaveLength(shown + 1);
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const data = JSON.parse(readFileSync(await json.path(), 'utf8')) as Record<string, string>[];
  expect(data).toHaveLength(shown);
  expect(Object.keys(data[0])).toEqual(['Framework', 'Kind', 'Licence']);
});

test('a hostile URL is ignored safely', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(
    `/compare/?kind=%3Cscript%3Ealert(1)%3C/script%3E&q=%3Cimg%20src=x%20onerror=alert(2)%3E&sort=%22%3E&pick=${'x,'.repeat(500)}&zzz=1&hw=cuda&hw=cuda`,
  );
  await settled(page);
  const total = await page.locator('table.compare tbody tr').count();
  await expect(count(page)).toHaveText(/of \d+ frameworks shown/);
  await settled(page);
  expect(await visibleRows(page).count()).toBeLessThanOrEqual(total);
  expect(dialogs).toEqual([]);
  await expect(page.locator('.pick-panel')).toBeHidden();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the whole table shows, every row and every column', async ({ page }) => {
    await page.goto('/compare/?kind=interchange-format');
    const rows = page.locator('table.compare tbody tr');
    const n = await rows.count();
    expect(n).toBeGreaterThanOrEqual(27);
    await expect(page.locator('table.compare thead th')).toHaveCount(
      1 + (await page.locator('table.compare tbody tr').first().locator('td').count()),
    );
    await expect(page.locator('th[data-col="steward"]')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Export CSV' })).toBeHidden();
    const more = page.locator('table.compare tbody tr').first().locator('td[data-col="licence"] a.more');
    const target = (await more.getAttribute('href'))!;
    await more.click();
    await expect(page).toHaveURL(new RegExp(`${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await expect(page.locator('#fact-licence')).toBeInViewport();
  });
});

test('"Show more" appears only when more rows match than are rendered', async ({ page }) => {
  await page.goto('/compare/');
  await expect(page.getByRole('button', { name: /^Show \d+ more$/ })).toBeHidden();
});
