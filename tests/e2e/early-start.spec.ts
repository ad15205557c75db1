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
