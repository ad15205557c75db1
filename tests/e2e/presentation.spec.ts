import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { appTest as test } from './fixtures.ts';

const tour = JSON.parse(readFileSync(new URL('../../data/tour.json', import.meta.url), 'utf8')) as {
  steps: { id: string; title: { en: string }; quotes: string[]; countries: string[] }[];
};
const total = tour.steps.length;
const slideHeading = (page: Page) => page.locator('#slide-title');

async function expectSlide(page: Page, n: number) {
  const step = tour.steps[n - 1];
  if (!step) throw new Error(`no slide ${n}`);
  await expect(slideHeading(page)).toHaveText(step.title.en);
  await expect(page.getByText(`${n} / ${total}`, { exact: true })).toBeVisible();
  await expect(
    page.locator('[aria-live="polite"]').filter({ hasText: `Slide ${n} of ${total}` }),
  ).toBeAttached();
  await expect(page).toHaveURL(new RegExp(`[?&]present=${n}(&|$)`));
  const dimmedFalse = page.locator('.country[data-dimmed="false"]');
  if (step.countries.length > 0) {
    await expect(dimmedFalse).toHaveCount(step.countries.length);
    for (const id of step.countries)
      await expect(page.locator(`[data-id="${id}"][role="button"]`)).toHaveAttribute('data-dimmed', 'false');
  } else {
    await expect(page.locator('.country[data-dimmed="true"]')).toHaveCount(0);
  }
}

test('the tour by keyboard, through every slide and back', async ({ page }) => {
  test.slow(); // 17 slides, each checked for its title, countries and framing
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Present' }).click();
  await expectSlide(page, 1);
  await expect(slideHeading(page)).toBeFocused();
  for (let n = 2; n <= total; n++) {
    await page.keyboard.press(n % 3 === 0 ? 'Space' : n % 3 === 1 ? 'PageDown' : 'ArrowRight');
    await expectSlide(page, n);
  }
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, total);
  await page.keyboard.press('ArrowLeft');
  await expectSlide(page, total - 1);
  await page.keyboard.press('PageUp');
  await expectSlide(page, total - 2);
  await page.keyboard.press('Home');
  await expectSlide(page, 1);
  await page.keyboard.press('End');
  await expectSlide(page, total);
  // The Next button, for a mouse.
  await page.getByRole('button', { name: '← Previous' }).click();
  await expectSlide(page, total - 1);
});

test('?present=4 opens slide 4, zoomed to its countries; absurd numbers land on the last slide', async ({
  page,
}) => {
  await page.goto('/?present=4');
  await expectSlide(page, 4);
  await expect.poll(() => page.locator('.map__layer').getAttribute('transform')).toMatch(/scale\((?!1\))/);
  await page.goto('/?present=9999');
  await expectSlide(page, total);
});

test('Esc leaves the tour and restores the previous view', async ({ page }) => {
  await page.goto('/?country=CHN');
  await expect(page.getByRole('complementary', { name: /China/ })).toBeVisible();
  await page.getByRole('button', { name: 'Present' }).click();
  await expectSlide(page, 1);
  await expect(page.getByRole('complementary', { name: /China/ })).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 3);
  await page.keyboard.press('Escape');
  await expect(slideHeading(page)).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: /China/ })).toBeVisible();
  await expect(page).toHaveURL(/\?country=CHN&lang=en$/);
  await expect(page.locator('.country[data-dimmed="true"]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Present' })).toBeFocused();
  // Back returns to the slide the teacher left.
  await page.goBack();
  await expectSlide(page, 3);
});

test('presentation mode is readable from the back of a classroom at 1024×768', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/?present=5');
  await expectSlide(page, 5);
  const size = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((e) => Number.parseFloat(getComputedStyle(e).fontSize));
  expect(await size('.slide__quotes blockquote')).toBeGreaterThanOrEqual(24);
  expect(await size('.slide')).toBeGreaterThanOrEqual(24);
  expect(await size('.slide__title')).toBeGreaterThanOrEqual(30);
});

test('the tour is not in the first view: its code loads when a teacher presses Present', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/');
  await expect(page.locator('[data-id="KAZ"]')).toBeVisible();
  expect(scripts.filter((u) => /presentation/.test(u))).toEqual([]);
  await page.getByRole('button', { name: 'Present' }).click();
  await expectSlide(page, 1);
  expect(scripts.filter((u) => /presentation/.test(u))).toHaveLength(1);
});

test('swipes on a touch screen and F for full screen', async ({ page }) => {
  await page.goto('/?present=3');
  await expectSlide(page, 3);
  const swipe = (from: number, to: number) =>
    page.locator('.slide').evaluate(
      (el, [a, b]) => {
        const at = (type: string, x: number) =>
          el.dispatchEvent(
            new PointerEvent(type, {
              bubbles: true,
              pointerType: 'touch',
              clientX: x,
              clientY: 300,
              isPrimary: true,
            }),
          );
        at('pointerdown', a ?? 0);
        at('pointerup', b ?? 0);
      },
      [from, to],
    );
  await swipe(600, 300);
  await expectSlide(page, 4);
  await swipe(300, 600);
  await expectSlide(page, 3);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
});

test('with reduced motion the map jumps to the next slide instead of animating', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // The page's clock is Playwright's, paused before the key: the test decides how much of the page's
  // time passes, however slowly a loaded machine gets through it.
  await page.clock.install();
  await page.goto('/?present=5');
  await expectSlide(page, 5);
  const transform = () => page.locator('.map__layer').getAttribute('transform');
  const gesture = () => page.locator('.map__svg').evaluate((svg) => (svg as SVGElement).style.transform);
  const before = await transform();
  await page.clock.pauseAt(Date.now() + 60_000);
  await page.keyboard.press('ArrowRight');
  // A few frames: a glide (450 ms) would still be moving the map by a CSS transform.
  await page.clock.runFor(100);
  await expectSlide(page, 6);
  const right = await transform();
  expect(right).not.toBe(before);
  expect(await gesture()).toBe('');
  await page.clock.runFor(1000);
  expect(await transform()).toBe(right);
});
