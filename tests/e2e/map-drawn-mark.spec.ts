import { expect } from '@playwright/test';
import { appTest as test } from './fixtures.ts';

declare global {
  interface Window {
    countriesAtMark?: number;
  }
}

/** `npm run bench` times the app by this mark; if it went missing the benchmark would hang. */
test('the map sets the map-drawn mark once, when every country is drawn', async ({ page }) => {
  await page.addInitScript(() => {
    new PerformanceObserver((list) => {
      if (list.getEntries().some((e) => e.name === 'map-drawn'))
        window.countriesAtMark = document.querySelectorAll('[data-id][role="button"]').length;
    }).observe({ type: 'mark' });
  });
  await page.goto('/');
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('map-drawn', 'mark').length))
    .toBe(1);
  expect(await page.evaluate(() => window.countriesAtMark)).toBeGreaterThan(170);
});
