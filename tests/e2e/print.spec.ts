import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Dataset } from '../../src/model/schema.ts';
import { expect, test } from './fixtures.ts';
import { type PdfText, pdfText, squeeze } from './pdf-text.ts';

/**
 * Print is tested by what the printed PDF says, not by the layout on screen: an element can have a
 * size and still paint nothing (a `contain: strict` box, a clipped scroll area). Each case prints
 * on landscape A4 and Letter and reads the PDF's text back with pdftotext.
 */
const dataset: Dataset = JSON.parse(
  readFileSync(new URL('../../data/kazakhstan.json', import.meta.url), 'utf8'),
);
const FORMATS = ['A4', 'Letter'] as const;
// Each test prints the whole map twice (A4, Letter): up to half a minute on a busy 2-core machine.
test.describe.configure({ timeout: 180_000 });

const aimsOf = (id: string) => dataset.partners.find((p) => p.id === id)?.aims.map((q) => q.text) ?? [];
/** The partner whose panel is longest (most quoted text): if it fits one page, every partner does. */
const longest = [...dataset.partners].sort(
  (a, b) => b.aims.reduce((n, q) => n + q.text.length, 0) - a.aims.reduce((n, q) => n + q.text.length, 0),
)[0]?.id as string;

async function printed(page: Page, format: (typeof FORMATS)[number]): Promise<PdfText> {
  return pdfText(await page.pdf({ format, landscape: true }));
}

/** Texts of the page's controls (not the legend's toggles, nor the table's headers and names). */
function controlTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('button, label.button')]
      .filter((b) => !b.closest('.legend, .country-table table'))
      .map((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter((t) => t.length > 0),
  );
}

/** The page as printed says every one of `texts` (white space aside) and none of the controls. */
function expectPrinted(pdf: PdfText, texts: string[], controls: string[], where: string) {
  const all = squeeze(pdf.text);
  const missing = texts.filter((t) => !all.includes(squeeze(t)));
  expect(missing, `${where}: printed text lacks these`).toEqual([]);
  const words = pdf.text.replace(/\s+/g, ' ');
  const literal = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const shown = controls.filter((t) => new RegExp(`(?<!\\p{L})${literal(t)}(?!\\p{L})`, 'u').test(words));
  expect(shown, `${where}: controls were printed`).toEqual([]);
}

async function headingAndLegend(page: Page): Promise<string[]> {
  const heading = ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();
  const legend = await page.locator('.legend li').allTextContents();
  expect(legend.length).toBeGreaterThan(4);
  return [heading, 'Legend', ...legend];
}

async function openTable(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  const rows = page.locator('.country-table tbody tr');
  await expect(rows).toHaveCount(dataset.partners.length);
  const headers = await page.locator('.country-table thead th').allTextContents();
  expect(headers.at(-1)).toContain('Shared organisations');
  // One row's cells in order: the row reads whole, its last column included.
  const cells = await rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '').join(' ')),
  );
  return [...headers.map((h) => h.replace(/[▲▼]/g, '')), ...cells];
}

for (const [id, pages] of [
  ['RUS', 1],
  [longest, 2],
] as const) {
  test(`map view with ${id} open prints on ${pages} page(s) at most: heading, legend, every quote, no controls`, async ({
    page,
  }) => {
    await page.goto(`/?country=${id}`);
    const panel = page.getByRole('complementary');
    await expect(panel.locator('blockquote')).toHaveCount(aimsOf(id).length);
    const name = ((await panel.getByRole('heading', { level: 2 }).textContent()) ?? '').trim();
    const expected = [...(await headingAndLegend(page)), name, ...aimsOf(id)];
    const controls = await controlTexts(page);
    for (const format of FORMATS) {
      const pdf = await printed(page, format);
      expectPrinted(pdf, expected, controls, `${id}, ${format}`);
      expect(pdf.pages, `${id}, ${format}: pages`).toBeLessThanOrEqual(pages);
    }
  });
}

test('map view with the home country open prints every goal, priority and principle, on two pages at most', async ({
  page,
}) => {
  const home = dataset.home;
  const quotes = [...home.goals, ...home.priorities, ...home.principles].map((q) => q.text);
  await page.goto(`/?country=${home.id}`);
  await expect(page.getByRole('complementary').locator('blockquote')).toHaveCount(quotes.length);
  const expected = [...(await headingAndLegend(page)), 'Goals', 'Priorities', 'Principles', ...quotes];
  const controls = await controlTexts(page);
  for (const format of FORMATS) {
    const pdf = await printed(page, format);
    expectPrinted(pdf, expected, controls, `${home.id}, ${format}`);
    expect(pdf.pages, `${home.id}, ${format}: pages`).toBeLessThanOrEqual(2);
  }
});

test('map view with nothing open prints one page: heading and legend, no hint, no controls', async ({
  page,
}) => {
  await page.goto('/');
  const expected = await headingAndLegend(page);
  const controls = await controlTexts(page);
  const hint = (await page.locator('.panel--empty p').first().textContent()) ?? 'no hint on screen';
  for (const format of FORMATS) {
    const pdf = await printed(page, format);
    expectPrinted(pdf, expected, [...controls, hint], `nothing open, ${format}`);
    expect(pdf.pages, `nothing open, ${format}: pages`).toBe(1);
  }
});

test('table view prints every row and every column, without the Download CSV button', async ({ page }) => {
  await page.goto('/');
  const rows = await openTable(page);
  const expected = [...(await headingAndLegend(page)), ...rows];
  const controls = await controlTexts(page);
  expect(controls).toContain('Download CSV');
  for (const format of FORMATS)
    expectPrinted(await printed(page, format), expected, controls, `table, ${format}`);
});

test('table view with a country open prints every row whole and the country panel', async ({ page }) => {
  await page.goto('/?country=RUS');
  const rows = await openTable(page);
  await expect(page.getByRole('complementary').locator('blockquote')).toHaveCount(aimsOf('RUS').length);
  const expected = [...(await headingAndLegend(page)), ...rows, 'Russia', ...aimsOf('RUS')];
  const controls = await controlTexts(page);
  for (const format of FORMATS) {
    expectPrinted(await printed(page, format), expected, controls, `table with RUS, ${format}`);
  }
});
