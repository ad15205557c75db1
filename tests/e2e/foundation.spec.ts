import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const dataset = JSON.parse(readFileSync(new URL('../../data/kazakhstan.json', import.meta.url), 'utf8'));
const unMembers: string[] = dataset.organisations
  .find((o: { id: string }) => o.id === 'UN')
  .members.map((m: { id: string }) => m.id);

const country = (page: Page, id: string) => page.locator(`[data-id="${id}"][role="button"]`);

/**
 * Clicks a country where a person would: on a visible point of its shape. (The centre of
 * Russia's bounding box is sea, since Chukotka lies across the antimeridian.)
 */
async function clickCountry(page: Page, id: string): Promise<void> {
  // Wait for any zoom animation to end (the gesture's CSS transform is cleared when it does). Read
  // two frames on: a glide asked for in the last frame sets its transform only at its first tick.
  await expect
    .poll(() =>
      page
        .locator('.map__svg')
        .evaluate(
          (svg) =>
            new Promise((resolve) =>
              requestAnimationFrame(() =>
                requestAnimationFrame(() => resolve((svg as SVGElement).style.transform)),
              ),
            ),
        ),
    )
    .toBe('');
  const point = await country(page, id).evaluate((el) => {
    const r = el.getBoundingClientRect();
    for (let i = 1; i < 40; i++) {
      for (let j = 1; j < 40; j++) {
        const x = r.left + (r.width * i) / 40;
        const y = r.top + (r.height * j) / 40;
        if (document.elementFromPoint(x, y) === el) return { x, y };
      }
    }
    return null;
  });
  if (!point) throw new Error(`${id} has no visible point`);
  await page.mouse.click(point.x, point.y);
}
const panel = (page: Page) => page.getByRole('complementary');

test('every UN member state is on the map, coloured by the article', async ({ page }) => {
  await page.goto('/');
  const drawn = await page
    .locator('[data-id][role="button"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  expect(unMembers.filter((id) => !drawn.includes(id))).toEqual([]);
  await expect(country(page, 'KAZ')).toHaveAttribute('data-relation', 'home');
  await expect(country(page, 'RUS')).toHaveAttribute('data-relation', 'alliance');
  await expect(country(page, 'USA')).toHaveAttribute('data-relation', 'strategic-partnership');
  await expect(country(page, 'FRA')).toHaveAttribute('data-mention', 'group');
  await expect(country(page, 'SAU')).toHaveAttribute('data-mention', 'region');
  const fills = await page.evaluate(() =>
    ['RUS', 'CHN', 'TUR', 'BRA'].map(
      (id) => getComputedStyle(document.querySelector(`[data-id="${id}"]`) as Element).fill,
    ),
  );
  expect(new Set(fills).size).toBe(4);
  await expect(page.getByRole('group', { name: /world map/i })).toBeVisible();
});

test('clicking a country opens its panel with the article’s words and updates the link', async ({ page }) => {
  await page.goto('/');
  await clickCountry(page, 'RUS');
  await expect(panel(page)).toHaveAccessibleName('Russia');
  await expect(panel(page).locator('blockquote').first()).toContainText(
    'Good Neighbourliness and Alliance Agreement',
  );
  // The press does not focus the shape; the panel's heading takes focus once it has painted.
  await expect(panel(page).getByRole('heading', { name: 'Russia', level: 2 })).toBeFocused();
  await expect(page).toHaveURL(/\?country=RUS&lang=en$/);
  await clickCountry(page, 'CHN');
  await expect(panel(page)).toHaveAccessibleName('China');
  // The address is written a frame after the panel paints: Back before that would skip China.
  await expect(page).toHaveURL(/\?country=CHN&lang=en$/);
  await page.goBack();
  await expect(panel(page)).toHaveAccessibleName('Russia');
  await page.goBack();
  await expect(panel(page)).toHaveCount(0);
});

test('a deep link opens the panel on load; a bad one explains itself', async ({ page }) => {
  await page.goto('/?country=JPN');
  await expect(panel(page)).toHaveAccessibleName('Japan');
  await expect(panel(page)).toContainText('Central Asia + Japan');
  await page.goto('/?country=%E0%A4%A');
  await expect(page.getByRole('status')).toContainText('not on this map');
  await expect(country(page, 'KAZ')).toBeVisible();
});

test('keyboard: one tab stop, arrows, Enter opens, Escape closes and returns focus', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Zoom in' }).focus();
  await page.keyboard.press('Shift+Tab');
  await expect(country(page, 'KAZ')).toBeFocused();
  await expect(page.locator('.map-tooltip')).toContainText('Kazakhstan');
  await page.keyboard.press('ArrowUp');
  await expect(country(page, 'RUS')).toBeFocused();
  await expect(page.locator('.map-tooltip')).toContainText('Alliance');
  await page.keyboard.press('Enter');
  await expect(panel(page)).toHaveAccessibleName('Russia');
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  await expect(country(page, 'RUS')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeFocused();
});

test('selecting a country zooms to it without wrapping the map, and zoom buttons work', async ({ page }) => {
  await page.goto('/');
  const layer = page.locator('.map__layer');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(layer).toHaveAttribute('transform', /scale\(1\.6/);
  await page.getByRole('button', { name: 'Reset zoom' }).click();
  await expect(layer).toHaveAttribute('transform', /scale\(1\)/);
  await page.goto('/?country=RUS');
  // Framed on its main body: a box spanning the antimeridian would leave the scale at 1.
  await expect(layer).toHaveAttribute('transform', /scale\((1\.[1-9]|[2-9])/);
  await expect(country(page, 'KAZ')).toBeInViewport();
});

test('About names the sources and the Crimea decision', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'About & sources' }).click();
  const dialog = page.getByRole('dialog', { name: 'About & sources' });
  await expect(dialog).toContainText('68/262');
  await expect(dialog).toContainText('Natural Earth');
  await expect(dialog).toContainText('Akmaral Aben');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test.describe('phone width', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the panel is a bottom sheet and the map stays usable above it', async ({ page }) => {
    await page.goto('/?country=CHN');
    const sheet = await panel(page).boundingBox();
    if (!sheet) throw new Error('no panel');
    expect(sheet.width).toBeGreaterThanOrEqual(389);
    expect(Math.round(sheet.y + sheet.height)).toBeGreaterThanOrEqual(843);
    const map = await page.locator('.map').boundingBox();
    if (!map) throw new Error('no map');
    expect(map.y + map.height).toBeLessThanOrEqual(sheet.y + 1);
    await page.getByRole('button', { name: /Close China/ }).tap();
    await expect(panel(page)).toHaveCount(0);
    await country(page, 'KAZ').tap();
    await expect(panel(page)).toHaveAccessibleName('Kazakhstan');
  });
});
