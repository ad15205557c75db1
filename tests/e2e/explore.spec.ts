import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const dimmed = (page: Page, id: string) => page.locator(`[data-id="${id}"][role="button"]`);

test('?org=SCO dims every country that was not an SCO member on the article date', async ({ page }) => {
  await page.goto('/?org=SCO');
  for (const id of ['CHN', 'RUS', 'KGZ', 'TJK', 'UZB'])
    await expect(dimmed(page, id)).toHaveAttribute('data-dimmed', 'false');
  // India and Pakistan joined on 2017-06-09, after the article.
  for (const id of ['IND', 'PAK', 'USA', 'FRA', 'IRN'])
    await expect(dimmed(page, id)).toHaveAttribute('data-dimmed', 'true');
  await expect(dimmed(page, 'KAZ')).toHaveAttribute('data-dimmed', 'false');
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('5 countries match');
  await expect(page.getByRole('heading', { name: /Shanghai Cooperation Organisation/ })).toBeVisible();
  // A dimmed country stays clickable.
  await dimmed(page, 'USA').click({ force: true });
  await expect(page.getByRole('heading', { level: 2, name: 'United States' })).toBeVisible();
  await expect(page).toHaveURL(/org=SCO/);
});

test('?region=central-asia keeps the four Central Asian partners; unknown values raise a notice', async ({
  page,
}) => {
  await page.goto('/?region=central-asia,atlantis');
  for (const id of ['KGZ', 'TJK', 'TKM', 'UZB'])
    await expect(dimmed(page, id)).toHaveAttribute('data-dimmed', 'false');
  for (const id of ['RUS', 'CHN', 'AFG'])
    await expect(dimmed(page, id)).toHaveAttribute('data-dimmed', 'true');
  await expect(page.getByText(/filters by region "atlantis"/)).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(dimmed(page, 'RUS')).toHaveAttribute('data-dimmed', 'false');
  await expect(page).not.toHaveURL(/region=/);
});

test('legend entries toggle the relation filter and the URL follows', async ({ page }) => {
  await page.goto('/');
  const legend = page.getByRole('region', { name: 'Legend' });
  const alliance = legend.getByRole('button', { name: 'Alliance' });
  await expect(alliance).toHaveAttribute('aria-pressed', 'false');
  await alliance.click();
  await expect(alliance).toHaveAttribute('aria-pressed', 'true');
  await expect(dimmed(page, 'RUS')).toHaveAttribute('data-dimmed', 'false');
  await expect(dimmed(page, 'CHN')).toHaveAttribute('data-dimmed', 'true');
  await legend.getByRole('button', { name: 'Strategic partnership' }).click();
  await expect(dimmed(page, 'CHN')).toHaveAttribute('data-dimmed', 'false');
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('3 countries match');
  await expect(page).toHaveURL(/relation=alliance,strategic-partnership/);
  await alliance.click();
  await expect(dimmed(page, 'RUS')).toHaveAttribute('data-dimmed', 'true');
});

test("a filter dims through one veil above the map, and never changes the map's size", async ({ page }) => {
  await page.goto('/');
  const map = page.locator('.map__svg');
  const overlay = page.locator('.map__overlay-layer');
  const before = await map.boundingBox();
  await expect(overlay.locator('.map__veil')).toHaveCount(0);
  const legend = page.getByRole('region', { name: 'Legend' });
  await legend.getByRole('button', { name: 'Alliance' }).click();
  await expect(page.getByRole('button', { name: 'Clear filters' })).toBeVisible();
  // Few kept: the whole map is veiled and the kept countries are drawn again on top.
  await expect(overlay.locator('rect.map__veil')).toHaveCount(1);
  const kept = await overlay.locator('use').evaluateAll((uses) => uses.map((u) => u.getAttribute('href')));
  expect(kept.sort()).toEqual(['#country-KAZ', '#country-RUS']);
  expect(await map.boundingBox()).toEqual(before);
  // Many kept (the 108 countries the article does not cover, and the home country): only the
  // dimmed ones are veiled, as one path.
  await legend.getByRole('button', { name: 'Alliance' }).click();
  await legend.getByRole('button', { name: 'Not covered by the article' }).click();
  await expect(overlay.locator('path.map__veil')).toHaveCount(1);
  await expect(overlay.locator('use')).toHaveCount(0);
  expect(await map.boundingBox()).toEqual(before);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(overlay.locator('.map__veil')).toHaveCount(0);
  expect(await map.boundingBox()).toEqual(before);
});

test('search by keyboard: "Kyrgyz Republic", arrow, Enter opens Kyrgyzstan', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('combobox', { name: 'Find a country' });
  await box.focus();
  await page.keyboard.type('kyrgyz rep');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  // The search's own list: the language switch's <select> has a selected option too.
  const results = page.getByRole('listbox').filter({ has: page.getByRole('option', { name: /Kyrgyzstan/ }) });
  await expect(results.getByRole('option', { selected: true })).toContainText('Kyrgyzstan');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Kyrgyzstan' })).toBeVisible();
  await expect(page).toHaveURL(/country=KGZ/);
  await box.fill('');
  await page.keyboard.type('UK');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'United Kingdom' })).toBeVisible();
});

test('table: sorting, a row opens the panel, CSV holds the shown rows', async ({ page }) => {
  await page.goto('/?vector=central-asia');
  await page.getByRole('button', { name: 'Table' }).click();
  const table = page.getByRole('table');
  const firstCells = table.locator('tbody tr th');
  await expect(firstCells).toHaveText(['Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan']);
  const countryHeader = page.getByRole('columnheader', { name: /Country/ });
  await expect(countryHeader).toHaveAttribute('aria-sort', 'ascending');
  await countryHeader.getByRole('button').click();
  await expect(countryHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(firstCells.first()).toHaveText('Uzbekistan');
  await table.getByRole('button', { name: 'Tajikistan' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Tajikistan' })).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('kaz-partners.csv');
  const bytes = readFileSync(await download.path(), 'utf8');
  // A byte-order mark first, so Excel reads the file as UTF-8.
  expect(bytes.charCodeAt(0)).toBe(0xfeff);
  const csv = bytes.slice(1).split('\r\n');
  expect(csv[0]).toBe('ISO code,Country,Relation,Coverage,Vectors,Sectors,Stated aims,Shared organisations');
  expect(csv.slice(1, -1).map((line) => line.split(',')[0])).toEqual(['UZB', 'TKM', 'TJK', 'KGZ']);
});
