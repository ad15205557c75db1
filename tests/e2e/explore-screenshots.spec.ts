import { expect } from '@playwright/test';
import { appTest as test } from './fixtures.ts';

/** Screenshots of the explore features for docs/, desktop and phone. */
const shots = [
  { name: 'explore-desktop-sco', width: 1366, height: 768, path: '/?org=SCO', open: false },
  { name: 'explore-desktop-filters', width: 1366, height: 768, path: '/?sector=energy', open: true },
  { name: 'explore-desktop-table', width: 1366, height: 768, path: '/?region=western-asia', table: true },
  {
    name: 'explore-phone-filters',
    width: 390,
    height: 844,
    path: '/?relation=strategic-partnership,alliance',
  },
  { name: 'explore-phone-table', width: 390, height: 844, path: '/?org=CSTO', table: true },
];

for (const shot of shots) {
  test(`screenshot ${shot.name}`, async ({ page }) => {
    await page.setViewportSize({ width: shot.width, height: shot.height });
    await page.goto(shot.path);
    await expect(page.locator('[data-id="KAZ"]')).toBeVisible();
    if (shot.open) await page.getByText('Filters', { exact: false }).first().click();
    if (shot.table) {
      await page.getByRole('button', { name: 'Table' }).click();
      await expect(page.getByRole('table')).toBeVisible();
    }
    await page.waitForTimeout(600);
    await page.screenshot({ path: `docs/screenshots/${shot.name}.png` });
  });
}
