import { expect, test } from '@playwright/test';

/**
 * Chromium keeps only the last `--disable-features` on its command line, and Playwright passes its
 * own before ours (tests/chromium-flags.mjs). Read the command line the browser actually runs with:
 * the last list must hold every feature the earlier ones disable (a Playwright upgrade that adds
 * one fails here), and the address bar's pop-up page must be off.
 */
test('our --disable-features keeps every feature Playwright disables, and the browser UI pages off', async ({
  page,
}) => {
  await page.goto('chrome://version');
  const commandLine = (await page.locator('#command_line').textContent()) ?? '';
  const lists = [...commandLine.matchAll(/--disable-features=(\S+)/g)].map((m) => (m[1] ?? '').split(','));
  expect(lists.length).toBeGreaterThanOrEqual(1);
  const effective = new Set(lists.at(-1));
  for (const earlier of lists.slice(0, -1))
    expect(earlier.filter((feature) => !effective.has(feature))).toEqual([]);
  expect([...effective]).toEqual(expect.arrayContaining(['PaintHolding', 'WebUIOmniboxPopup']));
});
