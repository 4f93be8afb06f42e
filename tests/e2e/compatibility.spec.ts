import { expect, test } from './fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('PyTorch on Windows with CUDA 12.x and Python 3.12: the newest line that fits, and its command', async ({
  page,
}) => {
  await page.goto('/compatibility/');
  await page.getByRole('checkbox', { name: 'PyTorch', exact: true }).check();
  await page.getByLabel('Python').selectOption('3.12');
  await page.getByLabel('Operating system and processor').selectOption({ label: 'Windows x86-64' });
  await page.getByLabel('Accelerator').selectOption({ label: 'NVIDIA CUDA 12.x' });
  await expect(page).toHaveURL(/\?fw=pytorch&py=3\.12&on=windows-x86_64&acc=cuda-12$/);
  const answer = page.locator('.compat-answer[data-framework=pytorch]');
  await expect(answer).toHaveAttribute('data-ok', 'true');
  // 2.15 has Linux-only CUDA 13 wheels; 2.14 is the newest with a Windows CUDA 12 build (12.6).
  await expect(answer).toContainText('Newest that fits: PyTorch 2.14');
  await expect(answer).toContainText('CUDA 12.6, 13.0, 13.2: stable');
  await expect(
    answer.getByRole('link', {
      name: 'PyTorch RELEASE.md: Release Compatibility Matrix and supported OS table',
    }),
  ).toHaveAttribute('href', 'https://github.com/pytorch/pytorch/blob/main/RELEASE.md');
  const command = 'pip install torch==2.14.1 --index-url https://download.pytorch.org/whl/cu126';
  await expect(answer.locator('pre')).toHaveText([command]);
  await answer.getByRole('button', { name: `Copy: ${command}` }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(command);
  await expect(answer.getByRole('button', { name: `Copy: ${command}` })).toHaveText('Copied');
  await answer.getByRole('link', { name: 'Full table' }).click();
  await expect(page).toHaveURL(/\/frameworks\/pytorch\/versions\/#v2-14$/);
  await expect(page.locator('#v2-14')).toContainText('2.14.1');
});

test('JAX on an Apple-silicon Mac: CPU in the current line, the Apple GPU only through experimental jax-metal on 0.4', async ({
  page,
}) => {
  await page.goto('/compatibility/?fw=jax&on=macos-arm64');
  const answer = page.locator('.compat-answer[data-framework=jax]');
  await expect(page.getByLabel('Operating system and processor')).toHaveValue('macos-arm64');
  await expect(answer).toContainText('Newest that fits: JAX 0.12');
  await expect(answer.locator('pre')).toHaveText(['pip install -U jax==0.12.0.1']);
  await expect(answer).toContainText(
    'Accelerators on this computer: only in older lines (Apple GPU experimental in 0.4)',
  );
  await page.getByLabel('Accelerator').selectOption('mps');
  await expect(answer).toContainText('Newest that fits: JAX 0.4');
  await expect(answer).toContainText('Apple GPU: experimental');
  await expect(answer.locator('pre')).toHaveText(['pip install jax-metal==0.1.1 jax==0.4.38 jaxlib==0.4.38']);
});

test('when nothing fits, each choice says which lines would have it', async ({ page }) => {
  await page.goto('/compatibility/?fw=tensorflow&on=windows-x86_64&acc=cuda-12');
  const answer = page.locator('.compat-answer[data-framework=tensorflow]');
  await expect(answer).toHaveAttribute('data-ok', 'false');
  await expect(answer).toContainText('CUDA 12.x on Windows x86-64: no release line since 2023.');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page links every full table, and a table cites every cell', async ({ page }) => {
    await page.goto('/compatibility/');
    await expect(page.getByRole('form')).toBeHidden();
    await page.getByRole('link', { name: 'PyTorch', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('PyTorch: will it run?');
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(16);
    for (const cell of await page.locator('tbody td').all())
      await expect(cell.locator('.cite').first()).toBeAttached();
  });
});
