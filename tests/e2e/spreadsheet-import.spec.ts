import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const fixture = new URL('../fixtures/messy-sheet.csv', import.meta.url);
const country = (page: Page, id: string) => page.locator(`[data-id="${id}"][role="button"]`);
const dialog = (page: Page) => page.getByRole('dialog', { name: /^Preview:/ });
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function dialogViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include('dialog.sheet-import').withTags(TAGS).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** The relation of every country the fixture names, and of the built-in map's home country. */
const relations = (page: Page) =>
  page.evaluate(() =>
    ['UZB', 'KAZ', 'RUS', 'CHN', 'USA', 'KOR', 'KGZ', 'VNM', 'MNG'].map((id) => [
      id,
      document.querySelector(`[data-id="${id}"][role="button"]`)?.getAttribute('data-relation'),
    ]),
  );

test('a messy spreadsheet (BOM, `;`, Cyrillic and variant names, one unknown) becomes the map', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('Load dataset').setInputFiles(fixture.pathname);
  const preview = dialog(page);
  await expect(preview).toBeVisible();
  const status = preview.getByRole('status');
  await expect(status).toContainText('Row 9: “Mongolai” is not a country on the map.');
  await expect(preview.getByText('Home country: Uzbekistan (row 2).')).toBeVisible();
  await expect(preview.locator('tr[data-row="7"]')).toContainText('Kyrgyzstan');
  await expect(preview.getByRole('button', { name: /^Use/ })).toBeDisabled();
  expect(await dialogViolations(page)).toEqual([]);
  // Nothing is applied yet.
  await expect(country(page, 'KAZ')).toHaveAttribute('data-relation', 'home');

  await status.getByRole('button', { name: 'Mongolia for row 9' }).click();
  await expect(status).toContainText('Every row is matched');
  expect(await dialogViolations(page)).toEqual([]);
  await preview.getByRole('button', { name: 'Use this map' }).click();
  await expect(preview).toHaveCount(0);
  await expect(country(page, 'UZB')).toHaveAttribute('data-relation', 'home');
  expect(await relations(page)).toEqual([
    ['UZB', 'home'],
    ['KAZ', 'none'],
    ['RUS', 'alliance'],
    ['CHN', 'strategic-partnership'],
    ['USA', 'strategic-partnership'],
    ['KOR', 'cooperation'],
    ['KGZ', 'cooperation'],
    ['VNM', 'cooperation'],
    ['MNG', 'cooperation'],
  ]);
  await country(page, 'RUS').dispatchEvent('click');
  await expect(page.getByRole('complementary').locator('blockquote')).toContainText('Союз; договор');
});

test('Cancel keeps the map and the selection the user had', async ({ page }) => {
  await page.goto('/?country=RUS');
  const before = await relations(page);
  await page.getByLabel('Load dataset').setInputFiles(fixture.pathname);
  await expect(dialog(page).getByRole('status')).toContainText('Row 9');
  await dialog(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog(page)).toHaveCount(0);
  expect(await relations(page)).toEqual(before);
  await expect(page.getByRole('complementary', { name: 'Russia' })).toBeVisible();
  await expect(page).toHaveURL(/country=RUS/);
});

test('keyboard only: cells pasted on the page, a suggestion and "Use this map" by keys', async ({ page }) => {
  await page.goto('/');
  const cells = readFileSync(fixture, 'utf8')
    .replaceAll(';', '\t')
    .replace('Союз\t договор', 'Союз, договор');
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.body.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, cells);
  await expect(dialog(page)).toHaveAccessibleName('Preview: Pasted cells');
  await expect(dialog(page).getByRole('status')).toContainText('Row 9');
  const suggestion = dialog(page).getByRole('button', { name: 'Mongolia for row 9' });
  for (let i = 0; i < 10 && !(await suggestion.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(suggestion).toBeFocused();
  await page.keyboard.press('Enter');
  // The row's buttons are gone; focus moved on to "Use this map".
  await expect(dialog(page).getByRole('button', { name: 'Use this map' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(country(page, 'UZB')).toHaveAttribute('data-relation', 'home');
  await expect(country(page, 'MNG')).toHaveAttribute('data-relation', 'cooperation');
});

test('a .csv dropped on the map opens the preview; Escape closes it and changes nothing', async ({
  page,
}) => {
  await page.goto('/');
  const text = readFileSync(fixture, 'utf8');
  const dataTransfer = await page.evaluateHandle((t) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([t], 'partners.csv', { type: 'text/csv' }));
    return transfer;
  }, text);
  await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer });
  await expect(dialog(page)).toHaveAccessibleName('Preview: partners.csv');
  await expect(dialog(page).getByRole('status')).toContainText('Row 9');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
  await expect(country(page, 'KAZ')).toHaveAttribute('data-relation', 'home');
});
