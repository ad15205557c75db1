import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from '@playwright/test';
import { appTest as test } from './fixtures.ts';

const FILE = new URL('../../dist-single/kazakhstan-map.html', import.meta.url);

test('the single-file build works from file:// with no server and no CSP violation', async ({ page }) => {
  test.skip(!existsSync(fileURLToPath(FILE)), 'run `npm run build` first (it makes dist-single/)');
  const violations: string[] = [];
  const requests: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(FILE.href);
  await expect(page.locator('[data-id][role="button"]')).toHaveCount(202);
  await page.locator('[data-id="CHN"][role="button"]').click();
  const panel = page.getByRole('complementary', { name: /China/ });
  await expect(panel).toBeVisible();
  await expect(panel.locator('blockquote').first()).toContainText('strategic cooperation with China');
  // The tour is inlined too.
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.locator('#slide-title')).toHaveText('What the Concept is');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#slide-title')).toHaveText('The foreign-policy goals');
  // Export works offline too (the PNG is drawn from a data: image, allowed by the file's CSP).
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  const png = readFileSync(await download.path());
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect(violations).toEqual([]);
  expect(requests.filter((u) => !/^(file|data|blob):/.test(u))).toEqual([]);
  expect(requests.filter((u) => u.startsWith('file:'))).toHaveLength(1);
});

test('the single file carries all three languages: ?lang=, then the remembered one', async ({ page }) => {
  test.skip(!existsSync(fileURLToPath(FILE)), 'run `npm run build` first (it makes dist-single/)');
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${FILE.href}?lang=kk`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page.getByRole('combobox', { name: 'Тіл' })).toHaveValue('kk');
  await page.getByRole('combobox', { name: 'Тіл' }).selectOption('ru');
  await expect(page.getByRole('combobox', { name: 'Язык' })).toHaveValue('ru');
  // The file stays the file: only the link's language changes.
  await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('ru');
  expect(new URL(page.url()).pathname).toBe(fileURLToPath(FILE));
  await page.goto(FILE.href);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  expect(requests.filter((u) => !/^(file|data|blob):/.test(u))).toEqual([]);
});
