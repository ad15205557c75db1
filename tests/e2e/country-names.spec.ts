import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

// The names' switch itself is covered by component tests (country-names-language.test.tsx) and
// language.spec.ts; here: what Chromium does with the built files.

test('search in Cyrillic from the English interface finds the country, named in English', async ({
  page,
}) => {
  await page.goto('/');
  const box = page.getByRole('combobox', { name: 'Find a country' });
  const queries: [string, string][] = [
    ['Ресей', 'Russia'],
    ['Қытай', 'China'],
    ['АҚШ', 'United States'],
    ['Киргизия', 'Kyrgyzstan'],
  ];
  for (const [query, name] of queries) {
    await box.fill(query);
    // The search's own list (the language switch's <select> has options too).
    await expect(page.locator('[role="listbox"] [role="option"]').first()).toContainText(name);
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Kyrgyzstan' })).toBeVisible();
});

test('the Russian and Kazakh names are files of their own, not fetched for the English first view', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/?country=KGZ');
  await expect(page.getByRole('heading', { level: 2, name: 'Kyrgyzstan' })).toBeVisible();
  expect(fetched.filter((path) => /names-(ru|kk)-/.test(path))).toEqual([]);
  const files = readdirSync('dist/assets').filter((f) => /^names-(ru|kk)-[0-9a-f]+\.json$/.test(f));
  expect(files).toHaveLength(2);
  const kk = JSON.parse(readFileSync(`dist/assets/${files.find((f) => f.includes('-kk-'))}`, 'utf8'));
  expect([kk.KGZ, kk.USA, kk.COD]).toEqual(['Қырғызстан', 'АҚШ', 'Конго Демократиялық Республикасы']);
});
