import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * A second dataset (Mongolia's sample) must not show a word of the built-in article's home
 * country: every string a person reads, every file name and export title comes from the file.
 */
const mongoliaPath = new URL('../../data/examples/mongolia-sample.json', import.meta.url);
const mongolia = JSON.parse(readFileSync(mongoliaPath, 'utf8'));
const FOREIGN = /Kazakh|Astana|Nur-Sultan|\bEU\b/;
const title: string = mongolia.source.title;
const BACK = 'Back to the Kazakhstan article';

/** The sample with what only some datasets carry: an organisation the home country belongs to. */
const withOrganisation = {
  ...mongolia,
  organisations: [
    {
      id: 'OSCE',
      acronym: 'OSCE',
      articleName: 'OSCE',
      fullName: 'Organization for Security and Co-operation in Europe',
      quote: { text: 'Within the United Nations and the OSCE', section: 'body' },
      membersSource: 'osce.org, participating States',
      members: [
        { id: 'MNG', joined: '2012-11-21', status: 'participating' },
        { id: 'USA', joined: '1973-07-03', status: 'participating' },
        { id: 'RUS', joined: '1973-07-03', status: 'participating' },
      ],
    },
  ],
};

const fileInput = (page: Page) => page.getByLabel('Load dataset');

/**
 * Everything a person can read or hear: visible text, accessible names, titles, the tab's title.
 * The map's own country shapes and the names on it are left out: they name every country in the
 * world, whatever the dataset (the first test checks what the shapes say of the built-in home
 * country). The names arrive after the map (their layout is lazy): read with them or without,
 * the answer must be the same.
 */
async function everyString(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attributes = [
      'aria-label',
      'title',
      'placeholder',
      'alt',
      'aria-roledescription',
      'aria-description',
    ];
    const named = [...document.querySelectorAll('*:not([data-id])')].flatMap((el) =>
      attributes.map((a) => el.getAttribute(a) ?? ''),
    );
    const svgTitles = [...document.querySelectorAll('title')].map((t) => t.textContent ?? '');
    // Through the CSSOM: the page's Content-Security-Policy refuses a <style> element.
    const names = [...document.querySelectorAll<SVGElement>('[data-label-for]')];
    for (const name of names) name.style.display = 'none';
    // innerText, not textContent: what is rendered, as a person reads it (hidden templates left out).
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point
    const rendered = document.body.innerText;
    for (const name of names) name.style.display = '';
    return [document.title, rendered, ...named, ...svgTitles].join('\n');
  });
}

async function download(page: Page, name: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

async function load(page: Page, dataset: unknown) {
  await page.goto('/');
  await fileInput(page).setInputFiles({
    name: 'mongolia.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(dataset)),
  });
  await expect(page.locator('[data-id="MNG"][role="button"]')).toHaveAttribute('data-relation', 'home');
}

test('every string on screen, in the panels, the dialog, the organisation cards and the table is the loaded dataset’s', async ({
  page,
}) => {
  await load(page, withOrganisation);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page).toHaveTitle(new RegExp(title));
  const legend = page.getByRole('region', { name: 'Legend' });
  await expect(legend).toContainText('Through a group (the European Union)');
  const seen: string[] = [await everyString(page)];
  await expect(page.locator('[data-id="KAZ"][role="button"]')).toHaveAttribute(
    'aria-label',
    'Kazakhstan, not covered by the article',
  );

  // The organisation cards, one for a group, one for an organisation the home country is in.
  await page.getByText('Filters', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'OSCE' }).check();
  await page.getByRole('checkbox', { name: /European Union/ }).check();
  await expect(page.locator('.org-card')).toHaveText([
    /^[^0-9]*3 participating states on 3 March 2017, Mongolia included/,
    /28 members/,
  ]);
  seen.push(await everyString(page));
  await page.getByText('Filters (2)', { exact: true }).click();
  await page.getByRole('button', { name: 'Clear filters' }).click();

  // The home country's own panel and a partner's.
  await page.locator('[data-id="MNG"][role="button"]').dispatchEvent('click');
  await expect(page.getByRole('complementary', { name: 'Mongolia' })).toBeVisible();
  // Framed on Mongolia, the map names its neighbours (Kazakhstan, a country like any other here).
  await expect(page.locator('[data-label-for="KAZ"]')).toHaveCount(1);
  seen.push(await everyString(page));
  await page.locator('[data-id="DEU"][role="button"]').dispatchEvent('click');
  await expect(page.getByRole('complementary', { name: 'Germany' })).toContainText('European Union');
  seen.push(await everyString(page));

  await page.getByRole('button', { name: 'About & sources' }).click();
  await expect(page.getByRole('dialog')).toContainText(title);
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText, the rendered text
  seen.push(await page.getByRole('dialog').innerText());
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Table' }).click();
  await expect(page.getByRole('table')).toContainText('Japan');
  seen.push(await everyString(page));
  await page.getByRole('button', { name: 'Map' }).click();

  // The one control that names the built-in article is the one that goes back to it.
  await expect(page.getByRole('button', { name: /^Back to/ })).toHaveText(BACK);
  for (const text of seen) expect(text.replaceAll(BACK, '')).not.toMatch(FOREIGN);
});

test('exports are named and titled after the loaded dataset', async ({ page }) => {
  await load(page, mongolia);
  const svg = await download(page, 'Download SVG');
  expect(svg.name).toBe('mongolia-map.svg');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      title: doc.querySelector('svg > title')?.textContent ?? '',
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
    };
  }, svg.text);
  expect(parsed.title).toMatch(new RegExp(`^${title}: `));
  expect(parsed.texts[0]).toBe(title);
  expect(parsed.texts).toContain('Through a group (the European Union)');
  expect(parsed.texts.join('\n')).not.toMatch(FOREIGN);
  expect((await download(page, 'Download PNG')).name).toBe('mongolia-map.png');
});

test('Present plays a tour made from the dataset’s own sections and countries', async ({ page }) => {
  await load(page, mongolia);
  await page.getByRole('button', { name: 'Present' }).click();
  const heading = page.locator('#slide-title');
  // One section in the sample, so one slide: its title, its quotes, its countries.
  await expect(heading).toHaveText('Sample text');
  await expect(page.getByText('1 / 1', { exact: true })).toBeVisible();
  await expect(page.locator('.slide__quotes blockquote').first()).toContainText('Mongolia');
  const lit = await page
    .locator('.country[data-dimmed="false"]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-id')).sort());
  const expected = ['MNG', ...mongolia.partners.map((p: { id: string }) => p.id)].sort();
  expect(lit).toEqual(expected);
  await expect(page.locator('[data-id="KAZ"][role="button"]')).toHaveAttribute('data-dimmed', 'true');
  expect((await everyString(page)).replaceAll(BACK, '')).not.toMatch(FOREIGN);
  const slideSvg = await download(page, 'Download SVG');
  expect(slideSvg.name).toBe('mongolia-map-slide.svg');
});

test('arcs start at the loaded dataset’s capital, or are not offered without one', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await load(page, mongolia);
  const toggle = page.getByRole('checkbox', { name: /^Arcs from/ });
  await expect(toggle).toHaveAccessibleName('Arcs from Ulaanbaatar');
  await toggle.check();
  const arc = page.locator('path[data-to="USA"]');
  await expect(arc).toBeAttached();
  // The arc begins at Ulaanbaatar, inside Mongolia's outline on the map.
  const start = await arc.evaluate((path) => {
    const p = (path as SVGPathElement).getPointAtLength(0);
    const mongoliaBox = (document.querySelector('[data-id="MNG"]') as SVGGraphicsElement).getBBox();
    const { x, y, width, height } = mongoliaBox;
    return { x: p.x, y: p.y, box: { x, y, width, height } };
  });
  expect(start.x).toBeGreaterThan(start.box.x);
  expect(start.x).toBeLessThan(start.box.x + start.box.width);
  expect(start.y).toBeGreaterThan(start.box.y);
  expect(start.y).toBeLessThan(start.box.y + start.box.height);

  const { capital: _capital, ...home } = mongolia.home;
  await load(page, { ...mongolia, home });
  await expect(page.getByRole('checkbox', { name: /^Arcs from/ })).toHaveCount(0);
  await expect(page.locator('path[data-to]')).toHaveCount(0);
});
