import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page, TestInfo } from '@playwright/test';
import { appTest, expect, test } from './fixtures.ts';
import {
  country,
  downloadOffline,
  OFFLINE,
  openOffline,
  relationsOf,
  SINGLE,
  skipWithoutBuild,
} from './offline-helpers.ts';

/**
 * "Download as one offline file": the single file with the dataset on show built in, opened by
 * file:// with the network blocked (offline-helpers.ts).
 */
const SHEET = new URL('../fixtures/messy-sheet.csv', import.meta.url);
const HOSTILE = '</script><script>alert(1)</script>';
const mongolia = JSON.parse(
  readFileSync(new URL('../../data/examples/mongolia-sample.json', import.meta.url), 'utf8'),
);
/** Opens the single file itself, loads `dataset` there and saves the offline file it makes. */
async function offlineFromSingleFile(page: Page, info: TestInfo, dataset: unknown): Promise<URL> {
  await page.goto(SINGLE.href);
  await page.getByLabel('Load dataset').setInputFiles({
    name: 'dataset.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(dataset)),
  });
  await expect(country(page, 'MNG')).toHaveAttribute('data-relation', 'home');
  return downloadOffline(page, info, 'mng-map.html');
}

test('on the site: a spreadsheet becomes a map, downloaded as one file that opens offline to it', async ({
  page,
  browser,
}, info) => {
  skipWithoutBuild();
  await page.goto('/');
  await page.getByLabel('Load dataset').setInputFiles(fileURLToPath(SHEET));
  const preview = page.getByRole('dialog', { name: /^Preview:/ });
  await preview.getByRole('status').getByRole('button', { name: 'Mongolia for row 9' }).click();
  await preview.getByRole('button', { name: 'Use this map' }).click();
  await expect(country(page, 'UZB')).toHaveAttribute('data-relation', 'home');
  const file = await downloadOffline(page, info, 'uzb-map.html');

  const offline = await openOffline(browser, file, '?country=RUS');
  const { page: opened, problems } = offline;
  expect(await offline.firstPaint()).toEqual({ home: 'UZB', kaz: 'none' });
  expect(await relationsOf(opened, ['UZB', 'KAZ', 'RUS', 'CHN', 'USA', 'KOR', 'MNG'])).toEqual({
    UZB: 'home',
    KAZ: 'none',
    RUS: 'alliance',
    CHN: 'strategic-partnership',
    USA: 'strategic-partnership',
    KOR: 'cooperation',
    MNG: 'cooperation',
  });
  const panel = opened.getByRole('complementary', { name: 'Russia' });
  await expect(panel.locator('blockquote')).toContainText('Союз; договор');
  await opened.getByRole('button', { name: 'Present' }).click();
  await expect(opened.locator('#slide-title')).not.toBeEmpty();
  await expect(opened.locator('.slide__quotes blockquote').first()).toBeVisible();
  expect(problems).toEqual([]);
  await opened.context().close();
});

test('on the site, the single file is shipped as built; the button waits for a dataset of the user’s', async ({
  page,
  request,
}) => {
  skipWithoutBuild();
  const shipped = await request.get('/kazakhstan-map.html');
  expect(Buffer.from(await shipped.body()).equals(readFileSync(SINGLE))).toBe(true);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Download dataset' })).toBeVisible();
  await expect(page.getByRole('button', { name: OFFLINE })).toHaveCount(0);
});

appTest(
  'inside the single file: load a dataset, download its offline file, open it in Russian',
  async ({ page, browser }, info) => {
    skipWithoutBuild();
    const file = await offlineFromSingleFile(page, info, mongolia);

    const offline = await openOffline(browser, file, '?lang=ru&country=JPN');
    const { page: opened, problems } = offline;
    expect(await offline.firstPaint()).toEqual({ home: 'MNG', kaz: 'none' });
    await expect(opened.locator('html')).toHaveAttribute('lang', 'ru');
    expect(await relationsOf(opened, ['MNG', 'KAZ', 'RUS', 'CHN', 'JPN', 'DEU'])).toEqual({
      MNG: 'home',
      KAZ: 'none',
      RUS: 'strategic-partnership',
      CHN: 'strategic-partnership',
      JPN: 'cooperation',
      DEU: 'cooperation',
    });
    await expect(country(opened, 'DEU')).toHaveAttribute('data-mention', 'group');
    await expect(
      opened.getByRole('complementary', { name: 'Япония' }).locator('blockquote').first(),
    ).toContainText('As third neighbours');
    await opened.getByRole('button', { name: 'Презентация' }).click();
    await expect(opened.locator('#slide-title')).toHaveText('Sample text');
    await expect(opened.getByText('1 / 1', { exact: true })).toBeVisible();
    await opened.keyboard.press('Escape');
    await expect(opened.locator('#slide-title')).toHaveCount(0);
    // A file made from such a file carries the same code and one dataset, not two.
    const again = readFileSync(
      await downloadOffline(opened, info, 'mng-map.html', 'Скачать одним офлайн-файлом'),
      'utf8',
    );
    const first = readFileSync(file, 'utf8');
    // The module script comes last, and its code has these words too: look before it.
    const split = (html: string) => {
      const at = html.indexOf('<script type="module">');
      return { page: html.slice(0, at), code: html.slice(at) };
    };
    expect(split(again).page.match(/<script type="application\/json"/g)).toHaveLength(1);
    expect(split(again).code).toBe(split(first).code);
    expect(problems).toEqual([]);
    await opened.context().close();
  },
);

appTest(
  'a hostile quote stays text: it cannot end the data block or run',
  async ({ page, browser }, info) => {
    skipWithoutBuild();
    const body = `${mongolia.source.body} ${HOSTILE}`;
    const hostile = {
      ...mongolia,
      source: { ...mongolia.source, body, title: `Title ${HOSTILE}` },
      partners: mongolia.partners.map((p: { id: string; aims: unknown[] }) =>
        p.id === 'JPN' ? { ...p, aims: [{ text: HOSTILE, section: 'body' }, ...p.aims] } : p,
      ),
    };
    const file = await offlineFromSingleFile(page, info, hostile);

    const { page: opened, problems } = await openOffline(browser, file, '?country=JPN');
    await expect(opened.getByRole('heading', { level: 1 })).toHaveText(`Title ${HOSTILE}`);
    await expect(
      opened.getByRole('complementary', { name: 'Japan' }).locator('blockquote').first(),
    ).toHaveText(HOSTILE);
    expect(await opened.locator('script').count()).toBe(2);
    expect(problems).toEqual([]);
    await opened.context().close();
  },
);
