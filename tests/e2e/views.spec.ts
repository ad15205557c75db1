import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { appTest as test } from './fixtures.ts';

const home = JSON.parse(readFileSync(new URL('../../data/kazakhstan.json', import.meta.url), 'utf8'))
  .home as {
  goals: { text: string }[];
  priorities: { text: string }[];
  principles: { text: string }[];
};

/**
 * The views the README's pictures show (`npm run screenshots`), asserted at the three screens the
 * app is made for: a laptop, a 1024×768 classroom projector and a phone.
 */
const screens = [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'projector', width: 1024, height: 768 },
  { name: 'phone', width: 390, height: 844 },
];

const country = (page: Page, id: string) => page.locator(`[data-id="${id}"][role="button"]`);
const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

for (const { name, width, height } of screens) {
  test.describe(name, () => {
    test.use({ viewport: { width, height } });

    test('the first view shows the map with Kazakhstan, the legend, and nothing to scroll sideways', async ({
      page,
    }) => {
      await page.goto('/');
      await expect(page.getByRole('group', { name: /world map/i })).toBeInViewport();
      await expect(country(page, 'KAZ')).toBeInViewport();
      await expect(page.getByRole('region', { name: 'Legend' })).toBeVisible();
      expect(await noSidewaysScroll(page)).toBe(true);
    });

    test("Russia's panel shows its first quote beside or below the map, never over it", async ({ page }) => {
      await page.goto('/?country=RUS');
      const panel = page.getByRole('complementary', { name: 'Russia' });
      await expect(panel.locator('blockquote').first()).toContainText(
        'Good Neighbourliness and Alliance Agreement',
      );
      await panel.locator('blockquote').first().scrollIntoViewIfNeeded();
      await expect(panel.locator('blockquote').first()).toBeInViewport();
      const [map, aside] = await Promise.all([page.locator('.map').boundingBox(), panel.boundingBox()]);
      if (!map || !aside) throw new Error('no box for the map or the panel');
      const apart = map.x + map.width <= aside.x + 1 || map.y + map.height <= aside.y + 1;
      expect(apart, `map ${JSON.stringify(map)}, panel ${JSON.stringify(aside)}`).toBe(true);
      expect(await noSidewaysScroll(page)).toBe(true);
    });

    test("the table of CSTO members fits the screen's width", async ({ page }) => {
      await page.goto('/?org=CSTO');
      await page.getByRole('button', { name: 'Table' }).click();
      await expect(page.getByRole('table').getByRole('rowheader')).toHaveText([
        'Armenia',
        'Belarus',
        'Kyrgyzstan',
        'Russia',
        'Tajikistan',
      ]);
      expect(await noSidewaysScroll(page)).toBe(true);
    });

    test('open filters stay within the screen and show what is ticked', async ({ page }) => {
      await page.goto('/?sector=energy&relation=strategic-partnership,alliance');
      const legend = page.getByRole('region', { name: 'Legend' });
      await expect(legend.getByRole('button', { name: 'Alliance' })).toHaveAttribute('aria-pressed', 'true');
      await expect(legend.getByRole('button', { name: 'Strategic partnership' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      // One sector and two relations (the legend's toggles count too).
      await page.getByText(/^Filters \(3\)/).click();
      const energy = page.getByRole('checkbox', { name: /^Energy/ });
      await expect(energy).toBeChecked();
      await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText(
        /^[1-9]\d* countr(y matches|ies match)$/,
      );
      await expect(country(page, 'BRA')).toHaveAttribute('data-dimmed', 'true');
      const box = await page.getByRole('group', { name: 'Sector' }).boundingBox();
      if (!box) throw new Error('no sector group');
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(await noSidewaysScroll(page)).toBe(true);
    });
  });
}

test("Kazakhstan's own panel lists its goals, priorities and principles, each with every item the article gives", async ({
  page,
}) => {
  await page.goto('/?country=KAZ');
  const panel = page.getByRole('complementary', { name: 'Kazakhstan' });
  await expect(panel).toContainText('multi-vector');
  for (const [heading, quotes] of [
    ['Goals', home.goals],
    ['Priorities', home.priorities],
    ['Principles', home.principles],
  ] as const) {
    const section = panel.getByRole('region', { name: heading });
    await expect(section.locator('blockquote')).toHaveText(quotes.map((q) => q.text));
  }
});

test('the tour in the dark projector theme: light text on a dark slide, at 1366×768', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/?present=7');
  await expect(page.locator('#slide-title')).toBeInViewport();
  const dark = page.getByRole('button', { name: 'Dark theme' });
  await dark.click();
  await expect(dark).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-projector', 'dark');
  const luminance = (rgb: string) => {
    const [r = 0, g = 0, b = 0] = (rgb.match(/[\d.]+/g) ?? []).map(Number).map((c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const colours = await page.locator('.slide').evaluate((slide) => {
    const quote = slide.querySelector('blockquote') ?? slide;
    return { background: getComputedStyle(slide).backgroundColor, text: getComputedStyle(quote).color };
  });
  const [text, background] = [luminance(colours.text), luminance(colours.background)];
  expect(background, colours.background).toBeLessThan(0.05);
  expect((text + 0.05) / (background + 0.05), `${colours.text} on ${colours.background}`).toBeGreaterThan(7);
});
