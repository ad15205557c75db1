import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { countryPoint } from './country-point.ts';
import { checkLastOrganisation } from './filters-helpers.ts';
import { expect, test } from './fixtures.ts';

/**
 * c16-rtl.json: an Arabic title, author, quotes, section, vector, sector and group names. Every
 * place that shows them must carry dir="auto" (the browser then lays the Arabic out right to left);
 * the SVG export, which has no dir="auto", sets the direction itself.
 */
const c16 = new URL('../fixtures/c16-rtl.json', import.meta.url).pathname;
const country = (page: Page, id: string) => page.locator(`[data-id="${id}"][role="button"]`);
const RTL = /[\u0590-\u08FF]/;

/** dir and computed direction of every element `locator` matches, with its text. */
const directions = (locator: Locator) =>
  locator.evaluateAll((els) =>
    els.map((el) => ({
      text: el.textContent?.trim().slice(0, 24),
      dir: el.getAttribute('dir'),
      direction: getComputedStyle(el).direction,
    })),
  );

/** Each element matched is user text: dir="auto", and rtl when its text is the Arabic. */
async function expectAuto(locator: Locator, count: number, direction: 'rtl' | 'ltr' = 'rtl') {
  await expect(locator).toHaveCount(count);
  const found = await directions(locator);
  for (const f of found) expect(f, `${locator}`).toMatchObject({ dir: 'auto', direction });
}

async function loadC16(page: Page) {
  await page.goto('/');
  await page.getByLabel('Load dataset').setInputFiles(c16);
  await expect(country(page, 'MNG')).toHaveAttribute('data-relation', 'home');
}

test('c16: the heading, panel, filters, cards, notes and dialog lay Arabic text out right to left', async ({
  page,
}) => {
  await loadC16(page);
  await expectAuto(page.locator('h1'), 1);
  // The subtitle is an English sentence: the Arabic title and author sit in it as isolates (FSI … PDI),
  // each laid out right to left in its own run, without reordering the sentence around it.
  const { source } = JSON.parse(readFileSync(c16, 'utf8'));
  const subtitle = (await page.locator('.app__subtitle').textContent()) ?? '';
  expect(subtitle).toContain(`\u2068${source.title}\u2069`);
  expect(subtitle).toContain(`\u2068${source.author}\u2069`);
  expect(await page.locator('.app__subtitle').evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');

  await country(page, 'USA').dispatchEvent('click');
  const panel = page.getByRole('complementary', { name: 'United States' });
  await expect(panel).toBeVisible();
  await expectAuto(panel.locator('blockquote'), 1);
  // Right to left, the quote's final full stop is its leftmost character, and the text starts at the right.
  const align = await panel.locator('blockquote').evaluate((el) => getComputedStyle(el).textAlign);
  expect(['start', 'right']).toContain(align);
  await expectAuto(panel.locator('figcaption [dir]'), 1);
  await expectAuto(panel.locator('.chip'), 4);
  // The panel's English stays left to right.
  expect((await directions(panel.locator('h2')))[0]?.direction).toBe('ltr');

  await country(page, 'AUT').dispatchEvent('click');
  // A name inside an English sentence is isolated in the text itself (FSI … PDI, as in the map's labels).
  await expect(page.getByRole('complementary', { name: 'Austria' }).locator('.panel__coverage')).toHaveText(
    'As a member of the \u2068الاتحاد الأوروبي\u2069',
  );

  await country(page, 'MNG').dispatchEvent('click');
  const home = page.getByRole('complementary', { name: 'Mongolia' });
  await expectAuto(home.locator('.panel__coverage [dir]'), 1);
  await expectAuto(home.locator('blockquote'), 3);

  await page.getByText('Filters', { exact: true }).click();
  // Five Arabic names (vector, sector, region and group) plus the group again as an organisation filter.
  await expectAuto(page.locator('.filters label [dir]').filter({ hasText: RTL }), 6);
  await checkLastOrganisation(page);
  const card = page.locator('.org-card');
  await expectAuto(card.locator('h3'), 1);
  await expectAuto(card.locator('blockquote'), 1);

  await page.getByRole('button', { name: 'About & sources' }).click();
  await expectAuto(page.getByRole('dialog').locator('[dir]').filter({ hasText: RTL }), 2);
});

test('c16: the table and the tooltip carry dir="auto"; the slide source line too', async ({ page }) => {
  await loadC16(page);
  const point = await countryPoint(page, 'USA');
  await page.mouse.move(point.x, point.y);
  await expect(page.locator('.map-tooltip')).toContainText('United States');
  await expectAuto(page.locator('.map-tooltip [dir]'), 1, 'ltr');

  await page.getByRole('button', { name: 'Table' }).click();
  const usa = page.locator('tr[data-id="USA"]');
  await expectAuto(usa.locator('td[dir]').filter({ hasText: RTL }), 2);
  await expectAuto(usa.locator('th [dir]'), 1, 'ltr');
  const align = await usa
    .locator('td[dir]')
    .first()
    .evaluate((el) => getComputedStyle(el).textAlign);
  expect(['start', 'right']).toContain(align);

  await page.getByRole('button', { name: 'Map' }).click();
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.locator('.slide')).toBeVisible();
  for (const selector of ['.slide__section', '.slide__title', '.slide__quotes blockquote'])
    for (const f of await directions(page.locator(selector))) expect(f.dir, selector).toBe('auto');
  await expectAuto(page.locator('.slide__source [dir]'), 2);
});

test('c16: the SVG export sets direction on every line that starts right to left', async ({ page }) => {
  await loadC16(page);
  await country(page, 'USA').dispatchEvent('click');
  await expect(page.getByRole('complementary', { name: 'United States' })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  const svg = readFileSync(await download.path(), 'utf8');
  const texts = await page.evaluate((markup) => {
    const holder = document.createElement('div');
    holder.innerHTML = markup;
    document.body.append(holder);
    const root = holder.querySelector('svg');
    const width = Number(root?.getAttribute('width'));
    const out = [...holder.querySelectorAll('text')].map((t) => {
      const box = t.getBBox();
      return {
        text: t.textContent ?? '',
        direction: t.getAttribute('direction'),
        computed: getComputedStyle(t).direction,
        left: box.x,
        right: box.x + box.width,
        width,
      };
    });
    holder.remove();
    return out;
  }, svg);
  // The source line is English, with the Arabic author and title isolated inside it.
  const source = texts.find((t) => t.text.startsWith('Source:'));
  expect(source?.text).toContain('\u2068سياسة الجار الثالث لمنغوليا (عينة 2017)\u2069');
  expect(source?.text).toContain('\u2068مثال على تنسيق البيانات\u2069');
  for (const t of texts) {
    const first = t.text.match(/[\p{L}]/u)?.[0] ?? '';
    const rtl = RTL.test(first);
    expect(t.direction, t.text).toBe(rtl ? 'rtl' : null);
    expect(t.computed, t.text).toBe(rtl ? 'rtl' : 'ltr');
    // A right-to-left line ends at the right margin; every line stays inside the picture.
    if (rtl && t.left > 100) expect(t.right).toBeCloseTo(t.width - 16, 0);
    expect(t.left).toBeGreaterThanOrEqual(0);
  }
});
