import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe with the WCAG 2.0/2.1/2.2 A and AA rules; returns one readable line per failing node. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map(
      (n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim()}`,
    ),
  );
}

// axe walks ~250 SVG countries: three times the usual room (a minute or more on a busy 2-core machine).
test.slow();

const country = (page: Page, id: string) => page.locator(`[data-id="${id}"][role="button"]`);

test('axe: the default view has no WCAG A/AA violations', async ({ page }) => {
  await page.goto('/');
  await expect(country(page, 'KAZ')).toHaveAttribute('data-relation', 'home');
  expect(await violations(page)).toEqual([]);
});

test('axe: a country panel open', async ({ page }) => {
  await page.goto('/?country=CHN');
  await expect(page.getByRole('complementary', { name: 'China' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('axe: filters on, filter panel open', async ({ page }) => {
  await page.goto('/?org=SCO');
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('5 countries match');
  await page.getByText(/^Filters/).click();
  await expect(page.getByRole('group', { name: 'Organisation' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('axe: presentation mode, light and dark', async ({ page }) => {
  await page.goto('/?present=4');
  await expect(page.locator('#slide-title')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Dark' }).click();
  expect(await violations(page)).toEqual([]);
});

test('axe: the table view', async ({ page }) => {
  await page.goto('/?org=SCO');
  await page.getByRole('button', { name: 'Table' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('axe: the dataset-error state and a notice', async ({ page }) => {
  await page.goto('/?country=ATLANTIS');
  await expect(page.getByText(/not on this map/)).toBeVisible();
  await page.getByLabel('Load dataset').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"schemaVersion": 2}'),
  });
  await expect(page.getByRole('alert')).toContainText('The dataset was not loaded');
  expect(await violations(page)).toEqual([]);
});

test('axe: the About dialog open', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'About & sources' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  // Its text is fetched when it first opens.
  await expect(page.locator('dialog.about h3').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('axe: the audit itself catches a nameless button and low contrast (the harness can fail)', async ({
  page,
}) => {
  await page.goto('/');
  await expect(country(page, 'KAZ')).toHaveAttribute('data-relation', 'home');
  // Outside #root, so React's hydration of the prerendered page cannot remove them.
  await page.evaluate(() => {
    const button = document.createElement('button');
    document.body.append(button);
    const faint = document.createElement('p');
    faint.textContent = 'Faint text';
    // Through the CSSOM, which a strict style-src allows, unlike a style attribute.
    faint.style.color = '#d0d0d0';
    faint.style.background = '#ffffff';
    document.body.append(faint);
  });
  const found = await violations(page);
  expect(found.some((v) => v.startsWith('button-name'))).toBe(true);
  expect(found.some((v) => v.startsWith('color-contrast'))).toBe(true);
});
