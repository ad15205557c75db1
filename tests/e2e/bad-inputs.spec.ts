import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** Ids match tests/bad-inputs.md. The fixture fails any of these on an uncaught error. */
const country = (page: Page, id: string) => page.locator(`[data-id="${id}"][role="button"]`);
const notices = (page: Page) => page.locator('.notices .notice');

async function mapIsDrawn(page: Page) {
  await expect(country(page, 'KAZ')).toHaveAttribute('data-relation', 'home');
  expect(await page.locator('[data-id][role="button"]').count()).toBeGreaterThanOrEqual(193);
}

async function dismissAll(page: Page) {
  while ((await notices(page).count()) > 0) {
    await notices(page).first().getByRole('button', { name: 'Dismiss message' }).click();
  }
  await expect(notices(page)).toHaveCount(0);
}

test('E01 bad percent-encoding, an unknown organisation and a script tag: map drawn, notices dismissible', async ({
  page,
}) => {
  await page.goto('/?country=%E0%A4%A&org=NATO&relation=<script>window.__pwned=1</script>');
  await mapIsDrawn(page);
  await expect(notices(page)).toHaveCount(3);
  await expect(notices(page).filter({ hasText: '<script>' })).toHaveCount(1);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('script', { hasText: '__pwned' }).count()).toBe(0);
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await dismissAll(page);
});

test('E02 a 20 000-character value: a short notice, the map as usual', async ({ page }) => {
  // vite preview (like most servers) refuses a 40 kB request line, so the page is served from the
  // test for this one address: what is tested is the app reading it, not the server.
  const html = await (await page.request.get('/')).text();
  await page.route(/\?country=AAAA/, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(`/?country=${'A'.repeat(20_000)}&vector=${'b'.repeat(20_000)}`);
  await mapIsDrawn(page);
  await expect(notices(page)).toHaveCount(2);
  for (const text of await notices(page).allTextContents()) expect(text.length).toBeLessThan(200);
  await dismissAll(page);
  await country(page, 'CHN').click();
  await expect(page).toHaveURL(/\?country=CHN$/);
});

test('E03 repeated keys, lower case and an absurd date: what can be used is used', async ({ page }) => {
  await page.goto('/?country=CHN&country=rus&org=SCO&org=sco&asof=1e308');
  await expect(page.getByRole('complementary', { name: 'Russia' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('5 countries match');
  await expect(notices(page)).toHaveCount(1);
  await expect(notices(page)).toContainText('memberships as of "1e308"');
  await dismissAll(page);
  // The address is left as typed until the view changes; then it is written out cleanly.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/\?country=RUS$/);
});

test('E04 markup in a loaded dataset is text in the real browser too: no element, no script run', async ({
  page,
}) => {
  await page.goto('/');
  const xss = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  const data = JSON.parse(readFileSync('data/examples/mongolia-sample.json', 'utf8'));
  data.source.body = `${data.source.body} ${xss}`;
  data.partners[3].aims[0].text = xss;
  data.source.url = 'javascript:window.__pwned=3';
  data.source.title = xss;
  await page.getByLabel('Load dataset').setInputFiles({
    name: 'xss.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(data)),
  });
  await expect(country(page, 'MNG')).toHaveAttribute('data-relation', 'home');
  await country(page, 'JPN').dispatchEvent('click');
  await expect(page.getByRole('complementary', { name: 'Japan' }).locator('blockquote')).toContainText(xss);
  await page.getByRole('button', { name: 'About & sources' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('javascript:window.__pwned=3');
  await expect(dialog.getByRole('link')).toHaveCount(0);
  expect(await page.locator('img').count()).toBe(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('E05 a binary file is refused with a readable problem; the map stays', async ({ page }) => {
  await page.goto('/?country=KGZ');
  await page.getByLabel('Load dataset').setInputFiles({
    name: 'photo.json',
    mimeType: 'image/png',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  });
  await expect(page.getByRole('alert').getByRole('listitem')).toHaveText([/^\(file\): not valid JSON/]);
  await expect(page.getByRole('complementary', { name: 'Kyrgyzstan' })).toBeVisible();
  await mapIsDrawn(page);
});
