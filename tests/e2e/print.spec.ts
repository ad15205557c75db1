import { expect } from '@playwright/test';
import { appTest as test } from './fixtures.ts';

test('print shows the map, legend and the open panel quotes, and no controls', async ({ page }) => {
  await page.goto('/?country=CHN');
  const panel = page.getByRole('complementary', { name: /China/ });
  await expect(panel).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Present' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeHidden();
  await expect(page.getByRole('button', { name: /Close China/ })).toBeHidden();
  await expect(page.locator('[data-id="KAZ"]')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Legend' })).toBeVisible();
  await expect(panel.locator('blockquote').first()).toBeVisible();
  const [map, aside] = await Promise.all([page.locator('.map').boundingBox(), panel.boundingBox()]);
  // Side by side on a landscape page.
  expect(aside?.x).toBeGreaterThan((map?.x ?? 0) + (map?.width ?? 0) - 1);
});
