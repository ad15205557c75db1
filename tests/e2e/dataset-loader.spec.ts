import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const mongoliaPath = new URL('../../data/examples/mongolia-sample.json', import.meta.url);
const mongoliaText = readFileSync(mongoliaPath, 'utf8');
const mongolia = () => JSON.parse(mongoliaText);
const country = (page: Page, id: string) => page.locator(`[data-id="${id}"][role="button"]`);
const fileInput = (page: Page) => page.getByLabel('Load dataset');
const alert = (page: Page) => page.locator('.dataset-errors[role="alert"]');
const json = (name: string, value: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)),
});

/** Every data-* attribute of a handful of countries, to prove a rejected file changed nothing. */
async function snapshot(page: Page) {
  return page.evaluate(() =>
    ['KAZ', 'RUS', 'CHN', 'MNG', 'USA', 'DEU', 'IND', 'KGZ'].map((id) => {
      const el = document.querySelector(`[data-id="${id}"][role="button"]`);
      return [
        id,
        el?.getAttribute('data-relation'),
        el?.getAttribute('data-mention'),
        el?.getAttribute('data-dimmed'),
        el?.getAttribute('aria-current'),
      ];
    }),
  );
}

test('load the Mongolia example, then go back to the Kazakhstan article', async ({ page }) => {
  await page.goto('/?country=RUS');
  await expect(page.getByRole('complementary', { name: 'Russia' })).toBeVisible();
  await fileInput(page).setInputFiles(mongoliaPath.pathname);
  await expect(country(page, 'MNG')).toHaveAttribute('data-relation', 'home');
  await expect(country(page, 'KAZ')).toHaveAttribute('data-relation', 'none');
  await expect(country(page, 'CHN')).toHaveAttribute('data-relation', 'strategic-partnership');
  await expect(country(page, 'DEU')).toHaveAttribute('data-mention', 'group');
  // The old selection belonged to the other dataset: it is dropped, and the link follows.
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect(page).not.toHaveURL(/country=/);
  await expect(page.getByRole('group', { name: /World map of Mongolia/ })).toBeVisible();
  // The map is still framed on Russia, so Japan may be outside the view: click it where it is.
  await country(page, 'JPN').dispatchEvent('click');
  await expect(page.getByRole('complementary', { name: 'Japan' })).toContainText('third neighbours');

  await page.getByRole('button', { name: 'Back to the Kazakhstan article' }).click();
  await expect(country(page, 'KAZ')).toHaveAttribute('data-relation', 'home');
  await expect(country(page, 'MNG')).not.toHaveAttribute('data-relation', 'home');
  await expect(country(page, 'RUS')).toHaveAttribute('data-relation', 'alliance');
  await expect(page.getByRole('button', { name: 'Back to the Kazakhstan article' })).toHaveCount(0);
});

const broken: [string, () => { name: string; mimeType: string; buffer: Buffer }, (string | RegExp)[]][] = [
  ['not JSON', () => json('notes.json', '{"schemaVersion": 1,'), [/^\(file\): not valid JSON/]],
  [
    'a wrong relation',
    () => {
      const d = mongolia();
      d.partners[3].relation = 'friends';
      return json('relation.json', d);
    },
    ['partners[3].relation: expected one of "alliance" | "strategic-partnership" | "cooperation"'],
  ],
  [
    'a 6 MB file',
    () => ({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(6 * 1024 * 1024, 32) }),
    ['(file): huge.json is 6.0 MB; the limit is 5 MB'],
  ],
  [
    'an unknown id and a non-country',
    () => {
      const d = mongolia();
      d.partners[0].id = 'XYZ';
      d.partners[2].id = 'ATA';
      return json('ids.json', d);
    },
    [
      'partners[0].id: "XYZ" is not a country on the map',
      'partners[2].id: "ATA" is not a country on the map',
    ],
  ],
  [
    'a quote that is not verbatim',
    () => {
      const d = mongolia();
      d.partners[1].aims[0].text = 'Mongolia joins NATO.';
      return json('quote.json', d);
    },
    ['partners[1].aims[0].text: not found verbatim in source.body'],
  ],
];

for (const [what, file, expected] of broken) {
  test(`a file with ${what} is refused with each problem and its path; map, selection and filters stay`, async ({
    page,
  }, testInfo) => {
    await page.goto('/?country=RUS&org=SCO');
    await expect(page.getByRole('complementary', { name: 'Russia' })).toBeVisible();
    const before = await snapshot(page);
    const url = page.url();
    // Big files go by path: sending 6 MB through the protocol is slow on a busy two-core machine.
    const payload = file();
    const path = testInfo.outputPath(payload.name);
    writeFileSync(path, payload.buffer);
    await fileInput(page).setInputFiles(path);
    await expect(alert(page)).toContainText('The dataset was not loaded');
    const items = alert(page).getByRole('listitem');
    await expect(items).toHaveCount(expected.length);
    for (const [i, text] of expected.entries()) await expect(items.nth(i)).toHaveText(text);
    expect(await snapshot(page)).toEqual(before);
    expect(page.url()).toBe(url);
    await expect(page.getByRole('complementary', { name: 'Russia' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('5 countries match');
    await expect(page.getByRole('button', { name: 'Back to the Kazakhstan article' })).toHaveCount(0);
    await alert(page).getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert(page)).toHaveCount(0);
    expect(await snapshot(page)).toEqual(before);
  });
}

test('dropping a file on the map loads it; dropping a broken one lists its problems', async ({ page }) => {
  await page.goto('/');
  const drop = async (name: string, text: string) => {
    const dataTransfer = await page.evaluateHandle(
      ([n, t]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([t], n, { type: 'application/json' }));
        return transfer;
      },
      [name, text] as const,
    );
    await page.locator('.drop-zone').dispatchEvent('dragover', { dataTransfer });
    await expect(page.locator('.drop-zone--over')).toHaveCount(1);
    await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer });
  };
  await drop('broken.json', '[1, 2');
  await expect(alert(page).getByRole('listitem')).toHaveText([/^\(file\): not valid JSON/]);
  await expect(country(page, 'KAZ')).toHaveAttribute('data-relation', 'home');
  await drop('mongolia.json', mongoliaText);
  await expect(country(page, 'MNG')).toHaveAttribute('data-relation', 'home');
  await expect(alert(page)).toHaveCount(0);
  await expect(page.locator('.drop-zone--over')).toHaveCount(0);
});

test('Download dataset saves valid JSON that loads again', async ({ page }) => {
  await page.goto('/');
  await fileInput(page).setInputFiles(mongoliaPath.pathname);
  await expect(country(page, 'MNG')).toHaveAttribute('data-relation', 'home');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download dataset' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('mng-dataset.json');
  const saved = readFileSync(await download.path(), 'utf8');
  expect(JSON.parse(saved)).toEqual(mongolia());
  await page.getByRole('button', { name: 'Back to the Kazakhstan article' }).click();
  await expect(country(page, 'KAZ')).toHaveAttribute('data-relation', 'home');
  await fileInput(page).setInputFiles(json('mng-dataset.json', saved));
  await expect(country(page, 'MNG')).toHaveAttribute('data-relation', 'home');

  // The built-in one downloads too, and is valid JSON with the article's home country.
  await page.getByRole('button', { name: 'Back to the Kazakhstan article' }).click();
  const [builtIn] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download dataset' }).click(),
  ]);
  expect(builtIn.suggestedFilename()).toBe('kaz-dataset.json');
  expect(JSON.parse(readFileSync(await builtIn.path(), 'utf8')).home.id).toBe('KAZ');
});
