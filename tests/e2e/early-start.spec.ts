import { expect } from '@playwright/test';
import { test } from './fixtures.ts';

/**
 * The built page paints its prerendered map before the app's code runs (main.tsx starts it after
 * the first paint). A click on a country in that gap must not be lost. Here the app's code is held
 * back until the click has happened, which a slow laptop does by itself.
 */
test('a click on the map before the app has started opens that country once it has', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/boot-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  // The frame's own goto: the fixture's page.goto would wait for the app, which is held back here.
  await page.mainFrame().goto('/', { waitUntil: 'commit' });
  const china = page.locator('[data-id="CHN"][role="button"]');
  await expect(china).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.dataset.app ?? 'not started')).toBe(
    'not started',
  );
  const box = await china.boundingBox();
  if (!box) throw new Error('China is not drawn');
  await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.45);
  await expect(page.getByRole('complementary')).toHaveCount(0);
  release();
  await expect(page.getByRole('complementary', { name: 'China' })).toBeVisible();
  await expect(page).toHaveURL(/\?country=CHN$/);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
});

/**
 * The app's code and data (100 KB) are fetched after the first paint, not beside the HTML: on a slow
 * line they shared its bandwidth, and compiling them shared the CPU with the first layout.
 */
test('the app’s code and data are requested only after the first paint, together', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  const timing = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
    const started = (pattern: RegExp) =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => pattern.test(entry.name))
        .map((entry) => entry.startTime);
    return { paint, boot: started(/\/assets\/boot-[^/]+\.js$/), data: started(/\/assets\/[^/]+\.json$/) };
  });
  expect(timing.paint).toBeGreaterThan(0);
  expect(timing.boot).toHaveLength(1);
  expect(timing.data).toHaveLength(2);
  for (const start of [...timing.boot, ...timing.data]) expect(start).toBeGreaterThan(timing.paint);
  // The data does not wait for the code to arrive and run: both start in the same task.
  expect(Math.max(...timing.data) - Math.min(...timing.boot)).toBeLessThan(50);
});
