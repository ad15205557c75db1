import { expect } from '@playwright/test';
import { appTest as test } from './fixtures.ts';

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

/** Slides of the tour as a projector shows them, for docs/ (and to look at). */
const slides = [
  { name: 'present-russia-1024', width: 1024, height: 768, slide: 5, dark: false },
  { name: 'present-eu-1024', width: 1024, height: 768, slide: 12, dark: false },
  { name: 'present-middle-east-1024-dark', width: 1024, height: 768, slide: 16, dark: true },
  { name: 'present-russia-1280', width: 1280, height: 720, slide: 5, dark: false },
  { name: 'present-central-asia-1280-dark', width: 1280, height: 720, slide: 7, dark: true },
  { name: 'present-goals-1280', width: 1280, height: 720, slide: 2, dark: false },
];

for (const shot of slides) {
  test(`screenshot ${shot.name}`, async ({ page }) => {
    await page.setViewportSize({ width: shot.width, height: shot.height });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`/?present=${shot.slide}`);
    await expect(page.getByText(new RegExp(`^${shot.slide} / \\d+$`))).toBeVisible();
    if (shot.dark) await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.mouse.move(0, 0);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `docs/screenshots/${shot.name}.png` });
  });
}
