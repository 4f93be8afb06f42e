// Issue 16, "answer first": each flow as a reader would do it.
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

const settled = (page: Page) => expect(page.locator('atlas-compare')).not.toHaveAttribute('data-busy');
const differ = (text: string | null) => /(\d+) of (\d+) sourced facts/.exec(text ?? '')?.slice(1, 3);

test.describe('a pair page is two clicks away', () => {
  test('a profile lists its comparisons, related ones first, one click each', async ({ page }) => {
    await page.goto('/frameworks/jax/');
    const section = page.getByRole('region', { name: 'Compare JAX with …' });
    const first = section.getByRole('listitem').first();
    // Flax is built on JAX: a typed relation ranks first, and says why.
    await expect(first).toContainText('JAX vs Flax');
    await expect(first).toContainText('(foundation for)');
    await section.getByText(/^\d+ more comparisons$/).click();
    await section.getByRole('link', { name: 'JAX vs PyTorch', exact: true }).click();
    await expect(page).toHaveURL(/\/compare\/jax-vs-pytorch\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('JAX vs PyTorch');
  });

  for (const js of [true, false]) {
    test(`the home page "X vs Y" picker works ${js ? 'with' : 'without'} JavaScript`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: js });
      const page = await context.newPage();
      await page.goto(`${test.info().project.use.baseURL}/`);
      const a = page.getByRole('combobox', { name: 'Compare', exact: true });
      const b = page.getByRole('combobox', { name: 'with', exact: true });
      await expect(page.getByText('The link to the comparison appears here')).toBeVisible();
      await a.selectOption({ label: 'PyTorch' });
      await b.selectOption({ label: 'PyTorch' });
      await expect(page.getByText('Choose two different frameworks.')).toBeVisible();
      await b.selectOption({ label: 'JAX' });
      await expect(page.getByText('Choose two different frameworks.')).toBeHidden();
      const go = page.getByRole('link', { name: 'Open PyTorch vs JAX →' });
      await expect(go).toBeVisible();
      await expect(page.locator('.vs-go:visible')).toHaveCount(1);
      await go.click();
      await expect(page).toHaveURL(/\/compare\/jax-vs-pytorch\/$/);
      await context.close();
    });
  }

  test('the home page offers common comparisons', async ({ page }) => {
    await page.goto('/');
    await page
      .getByRole('list', { name: 'Common comparisons' })
      .getByRole('link', { name: 'JAX vs PyTorch' })
      .click();
    await expect(page).toHaveURL(/\/compare\/jax-vs-pytorch\/$/);
  });

  test('search finds "jax vs pytorch", and a name alone still ranks its profile first', async ({ page }) => {
    await page.goto('/search/?q=jax+vs+pytorch');
    const first = page.locator('.search-results > li').first();
    await expect(first.getByRole('link', { name: 'JAX vs PyTorch', exact: true })).toBeVisible();
    await expect(first).toContainText('Comparison');
    await page.goto('/search/?q=jax');
    await expect(page.locator('.search-results > li').first().getByRole('heading')).toHaveText('JAX');
  });
});

test.describe('/compare/', () => {
  test('filtered attributes move next to the framework name, in view', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/compare/');
    await page.getByText('Filters', { exact: true }).click();
    const hw = page.getByRole('group', { name: /^Hardware/ });
    await hw.getByRole('checkbox', { name: /AMD ROCm/ }).check();
    await hw.getByRole('checkbox', { name: /Apple Metal/ }).check();
    await page
      .getByRole('group', { name: /^Deployment/ })
      .getByRole('checkbox', { name: /^Mobile/ })
      .check();
    await settled(page);
    const heads = page.locator('table.compare thead th:visible');
    await expect(heads.nth(1).getByRole('button')).toHaveText('AMD ROCm');
    await expect(heads.nth(2).getByRole('button')).toHaveText('Apple Metal');
    await expect(heads.nth(3).getByRole('button')).toHaveText('Mobile');
    // The body follows the header, row by row.
    await expect(page.locator('table.compare tbody tr').first().locator('td').first()).toHaveAttribute(
      'data-col',
      'hw-rocm',
    );
    for (const i of [1, 2, 3]) await expect(heads.nth(i)).toBeInViewport();
  });

  test('ticking two frameworks brings the side-by-side result into view and focus', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 700 });
    await page.goto('/compare/');
    await page.locator('.compare-scroll').evaluate((el) => el.scrollBy(0, 400));
    await page.getByLabel('Pick PyTorch for side by side').check();
    await page.getByLabel('Pick JAX for side by side').check();
    const heading = page.getByRole('heading', { name: 'Side by side' });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    await expect(page.locator('.pick-panel').getByRole('columnheader', { name: 'JAX' })).toBeInViewport();
  });

  test('the pair page, its summary and the side-by-side view count differences the same way', async ({
    page,
  }) => {
    await page.goto('/compare/jax-vs-pytorch/');
    const summary = differ(await page.locator('main h1 + p').textContent());
    const table = differ(await page.locator('#facts-title + p').textContent());
    expect(summary).toBeDefined();
    expect(table).toEqual(summary);
    // Fewer columns shown on /compare/ must not change the count.
    await page.goto('/compare/?cols=kind&pick=jax,pytorch');
    await expect(page.locator('.pick-hint')).toContainText('sourced facts differ');
    expect(differ(await page.locator('.pick-hint').textContent())).toEqual(summary);
  });

  test('picks are remembered on the next visit, and can be cleared', async ({ page }) => {
    await page.goto('/compare/');
    await page.getByLabel('Pick Keras for side by side').check();
    await page.getByLabel('Pick JAX for side by side').check();
    await page.goto('/compare/');
    await expect(page.getByLabel('Pick Keras for side by side')).toBeChecked();
    await expect(page).toHaveURL(/pick=keras(%2C|,)jax/);
    await page.getByRole('button', { name: 'Clear picks' }).click();
    await page.goto('/compare/');
    await expect(page.getByLabel('Pick Keras for side by side')).not.toBeChecked();
    await expect(page.locator('.pick-panel')).toBeHidden();
  });

  test('keyboard: a skip link passes the table, which is one tab stop with arrow keys inside', async ({
    page,
  }) => {
    await page.goto('/compare/');
    await settled(page);
    await page.locator('#compare-q').focus();
    // Tab through to the skip link, which lies right before the table.
    let guard = 0;
    while (
      !(await page.evaluate(() => document.activeElement?.classList.contains('skip-inline'))) &&
      guard++ < 40
    )
      await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip past the table' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Legend' })).toBeFocused();

    // All tab stops on the page (closed filter panels hold none): far fewer than the 590 of before.
    const stops = await page.evaluate(
      () =>
        [
          ...document.querySelectorAll<HTMLElement>('a[href], button, input, select, summary, [tabindex]'),
        ].filter(
          (el) =>
            el.tabIndex >= 0 &&
            el.offsetParent !== null &&
            !(el as HTMLInputElement).disabled &&
            (el.tagName === 'SUMMARY' || !el.closest('details:not([open])')),
        ).length,
    );
    expect(stops).toBeLessThan(60);

    const firstLink = page.locator('table.compare tbody tr').first().locator('th a');
    await firstLink.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('table.compare tbody tr').nth(1).locator('th a')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(':focus')).toHaveClass(/more/);
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('table.compare tbody tr').nth(1).locator('th a')).toBeFocused();
  });

  test('a single-value licence filter is not offered', async ({ page }) => {
    await page.goto('/compare/');
    await page.getByText('Filters', { exact: true }).click();
    await expect(page.getByRole('group', { name: /^Kind/ })).toBeVisible();
    await expect(page.getByRole('group', { name: /^Licence/ })).toHaveCount(0);
  });
});

test.describe('phones (320 px)', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('a pair page stacks: no sideways scroll, every value named in full', async ({ page }) => {
    await page.goto('/compare/jax-vs-pytorch/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const cell = page.locator('.pair-table tbody tr:not(:first-child) td').first();
    expect(await cell.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"JAX"');
    const box = (await cell.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    // Note links are at least 24 × 24 px.
    const more = (await page.locator('.pair-table a.more').first().boundingBox())!;
    expect(more.width).toBeGreaterThanOrEqual(24);
    expect(more.height).toBeGreaterThanOrEqual(24);
  });

  test('side by side on /compare/ stacks too', async ({ page }) => {
    await page.goto('/compare/?pick=jax,pytorch');
    const td = page.locator('.pick-panel td').first();
    await expect(td).toBeVisible();
    const box = (await td.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(await td.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"JAX"');
  });

  test('concepts: one card per concept, no code box wider than the screen', async ({ page }) => {
    await page.goto('/concepts/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const wider = await page.evaluate(
      () =>
        [...document.querySelectorAll('.concepts-table .astro-code')].filter(
          (el) => el.getBoundingClientRect().right > 320,
        ).length,
    );
    expect(wider).toBe(0);
  });

  test('the header is compact and the nav is one row', async ({ page }) => {
    await page.goto('/');
    const header = (await page.locator('header.site-header').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(110);
    await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/$/);
  });
});

test('the nav fits one line at 1280 px', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const tops = await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link')
    .evaluateAll((links) => new Set(links.map((l) => Math.round(l.getBoundingClientRect().top))).size);
  expect(tops).toBe(1);
  const header = (await page.locator('header.site-header').boundingBox())!;
  expect(header.height).toBeLessThanOrEqual(70);
});

test('/choose/ ranks full matches, then partial (marked), then unknown apart from no', async ({ page }) => {
  await page.goto('/choose/?hw=tpu');
  const fits = page.locator('.choose-fits > li');
  await expect(fits.first()).toBeVisible();
  // Frameworks first, active first: no runtime, format or archived project leads a training need.
  await expect(fits.first()).toContainText('Full framework');
  await expect(fits.first()).toContainText('Active');
  const partial = page.getByRole('list', { name: 'Fits, with partial support' });
  await expect(partial.getByRole('listitem').first()).toContainText(
    'Partial: only partial Google TPU support.',
  );
  const excluded = page.locator('.choose-excluded > li');
  await expect(excluded.first()).toContainText('Excluded: needs Google TPU support.');
  const status = await page.locator('.choose-count').textContent();
  expect(status).toMatch(/^\d+ of \d+ frameworks fit your needs; \d+ with partial support;/);
  // "Unknown" is its own group whenever it occurs, never folded into "excluded".
  const unknown = page.locator('.choose-unknown > li');
  for (const li of await unknown.all()) await expect(li).toContainText('Unknown: no source either way');
});

test.describe('search', () => {
  test('every result is reachable, excerpts are clean, results open the matching section', async ({
    page,
  }) => {
    await page.goto('/search/?q=python');
    const status = page.locator('.search-status');
    await expect(status).toContainText(/showing the first 10/);
    const total = Number(/(\d+) results/.exec((await status.textContent()) ?? '')![1]);
    const more = page.getByRole('button', { name: 'Show more results' });
    const items = page.locator('.search-results > li');
    for (let shown = 10; shown < total; shown += 10) {
      await more.click();
      await expect(items).toHaveCount(Math.min(total, shown + 10));
    }
    await expect(more).toBeHidden();
    await expect(page.locator('.search-results > li')).toHaveCount(total);
    await expect(status).toHaveText(`${total} results for “python”.`);
    const text = await page.locator('.search-results').innerText();
    expect(text).not.toMatch(/Copy the|View file for|Pick \w+ for side by side/);
    expect(text).not.toMatch(/[a-z](PyTorch|Path|Support)[A-Z]/);
    const deep = await page.locator('.search-results a[href*="#"]').count();
    expect(deep).toBeGreaterThan(0);
  });

  test('"/" focuses the search field', async ({ page }) => {
    await page.goto('/frameworks/');
    await page.locator('body').press('/');
    await expect(page.getByRole('search', { name: 'Site' }).getByRole('searchbox')).toBeFocused();
    await page.goto('/search/');
    await page.locator('body').press('/');
    await expect(page.getByRole('searchbox', { name: 'Search frameworks, facts and guides' })).toBeFocused();
  });
});

test.describe('print', () => {
  for (const path of ['/frameworks/jax/', '/compare/jax-vs-pytorch/', '/compare/', '/code/training-loop/']) {
    test(`${path} prints the answer without controls`, async ({ page }) => {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
      await expect(page.getByRole('search', { name: 'Site' })).toBeHidden();
      expect(await page.locator('button:visible').count()).toBe(0);
      expect(await page.locator('input:visible').count()).toBe(0);
      // Tables print whole: no box scrolls or clips them.
      const clipped = await page.evaluate(
        () =>
          [...document.querySelectorAll('.table-scroll, .compare-scroll')].filter(
            (el) => getComputedStyle(el).overflowX !== 'visible' || el.scrollHeight > el.clientHeight + 1,
          ).length,
      );
      expect(clipped).toBe(0);
    });
  }
});

test.describe('code pages', () => {
  test('without JavaScript a long task page has jump links to each framework', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${test.info().project.use.baseURL}/code/training-loop/`);
    const jump = page.getByRole('navigation', { name: 'Frameworks on this page' });
    await jump.getByRole('link', { name: 'PyTorch', exact: true }).click();
    await expect(page).toHaveURL(/#pytorch$/);
    await expect(page.getByRole('heading', { name: 'PyTorch', exact: true })).toBeInViewport();
    await context.close();
  });

  test('the side-by-side choice is remembered for the next task', async ({ page }) => {
    await page.goto('/code/training-loop/');
    await page.getByText('Side by side', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'JAX' }).check();
    await page.getByRole('checkbox', { name: 'PyTorch', exact: true }).check();
    await expect(page.locator('atlas-code-tabs')).toHaveAttribute('data-mode', 'side');
    await page.goto('/code/define-mlp/');
    await expect(page.locator('atlas-code-tabs')).toHaveAttribute('data-mode', 'side');
    await expect(page.locator('[data-side] input[value="pytorch"]')).toBeChecked();
    await expect(page.locator('[data-side] input[value="jax"]')).toBeChecked();
  });
});

test('no words run together where the issue found them', async ({ page }) => {
  await page.goto('/frameworks/burn/');
  await expect(page.locator('#fact-execution + dd')).toContainText(/^Eager by default/);
  await page.goto('/data/');
  await expect(page.getByRole('main')).toContainText(/verified on \d+ \w+ \d{4}/);
  await expect(page.getByRole('main')).toContainText('(the newest last-verified date), licence');
  await expect(page.getByRole('main')).toContainText('no, unknown or not-applicable');
  await page.goto('/compare/jax-vs-pytorch/');
  await expect(page.locator('main p.text-lg').first()).toContainText('JAX is an active full framework');
});
