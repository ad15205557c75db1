import { expect, test } from '@playwright/test';

/**
 * Screenshots for docs/ (README) at desktop and phone widths. They are also a smoke check that
 * the map and panel render; the assertions live in the other specs.
 */
const shots = [
  { name: 'desktop-map', width: 1366, height: 768, path: '/' },
  { name: 'desktop-russia', width: 1366, height: 768, path: '/?country=RUS' },
  { name: 'desktop-kazakhstan', width: 1366, height: 768, path: '/?country=KAZ' },
  { name: 'phone-china', width: 390, height: 844, path: '/?country=CHN' },
  { name: 'phone-map', width: 390, height: 844, path: '/' },
];

for (const shot of shots) {
  test(`screenshot ${shot.name}`, async ({ page }) => {
    await page.setViewportSize({ width: shot.width, height: shot.height });
    await page.goto(shot.path);
    await expect(page.locator('[data-id="KAZ"]')).toBeVisible();
    await page.waitForTimeout(700);
    await page.screenshot({ path: `docs/screenshots/${shot.name}.png` });
  });
}
