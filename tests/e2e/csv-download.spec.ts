import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;

/** Loads a dataset file through the "Load dataset" input, opens Table and returns the CSV's bytes. */
async function downloadedCsv(page: Page, file: string): Promise<Buffer> {
  await page.goto('/');
  await page.getByLabel('Load dataset').setInputFiles(fixture(file));
  await expect(page.locator('[data-id="MNG"][role="button"]')).toHaveAttribute('data-relation', 'home');
  await page.getByRole('button', { name: 'Table' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('mng-partners.csv');
  return readFileSync(await download.path());
}

const linesOf = (bytes: Buffer) => bytes.subarray(3).toString('utf8').split('\r\n');

test('c08: names that start with = + - @ reach the spreadsheet as text, never as formulae', async ({
  page,
}) => {
  const bytes = await downloadedCsv(page, 'c08-formula-names.json');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = linesOf(bytes);
  expect(lines[0]).toBe(
    'ISO code,Country,Relation,Coverage,Vectors,Sectors,Stated aims,Shared organisations',
  );
  expect(lines.at(-1)).toBe('');
  expect(lines.find((l) => l.startsWith('CHN,'))).toContain(`,named,"'=1+2",,1,`);
  const usa = lines.find((l) => l.startsWith('USA,'));
  expect(usa).toContain(`,"'+Third neighbours",`);
  expect(usa).toContain(`,"'@SUM(1,1); -2+3; =HYPERLINK(""http://example.invalid/"",""click"")",`);
  // No line break but CRLF, and no cell (after a comma or at a line's start) opens with a formula sign.
  expect(bytes.subarray(3).toString('utf8').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of lines) expect(line).not.toMatch(/(^|,)"?\s*[=+\-@]/);
});

test('c07: accented and Cyrillic names survive, behind a UTF-8 byte-order mark', async ({ page }) => {
  const bytes = await downloadedCsv(page, 'c07-accented-sectors.json');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = linesOf(bytes);
  expect(lines.find((l) => l.startsWith('USA,'))).toContain(',Commerce extérieur; Инвестиции; Éducation,');
  expect(lines.find((l) => l.startsWith('AUT,'))).toMatch(/^AUT,Austria,Cooperation,group,/);
  expect(lines.at(-1)).toBe('');
});
