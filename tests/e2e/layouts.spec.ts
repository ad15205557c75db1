import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { appTest as test } from './fixtures.ts';

/**
 * The map keeps its room on the screens a class uses: projectors and laptops (at least 55 % of the
 * viewport's height) and a phone (at least 40 %), whatever else is showing.
 */
const screens = [
  { width: 1024, height: 768, least: 0.55 },
  { width: 1280, height: 720, least: 0.55 },
  { width: 1366, height: 768, least: 0.55 },
  { width: 1920, height: 1080, least: 0.55 },
  { width: 390, height: 844, least: 0.4 },
];

const partners = (
  JSON.parse(readFileSync(new URL('../../data/kazakhstan.json', import.meta.url), 'utf8')) as {
    partners: { id: string }[];
  }
).partners.map((p) => p.id);

type State = { name: string; url: string; ready: (page: Page) => Promise<void> };
const panel = (name: string) => async (page: Page) => {
  await expect(page.getByRole('complementary', { name })).toBeVisible();
};
const slide = async (page: Page) => {
  await expect(page.locator('#slide-title')).toBeVisible();
};
const states: State[] = [
  { name: 'the first view', url: '/', ready: async () => {} },
  { name: 'Russia open', url: '/?country=RUS', ready: panel('Russia') },
  { name: 'Turkmenistan open (a long panel)', url: '/?country=TKM', ready: panel('Turkmenistan') },
  { name: 'Kazakhstan open (the longest panel)', url: '/?country=KAZ', ready: panel('Kazakhstan') },
  {
    name: "the SCO's card",
    url: '/?org=SCO',
    ready: async (page) => {
      await expect(page.locator('.org-card h3')).toContainText('Shanghai Cooperation Organisation');
    },
  },
  {
    name: 'the filter panel open',
    url: '/',
    ready: async (page) => {
      await page.getByRole('region', { name: 'Filters' }).getByText('Filters', { exact: true }).click();
      await expect(page.getByRole('group', { name: 'Sector' })).toBeVisible();
    },
  },
  {
    name: 'a notice about a malformed link',
    url: '/?country=XXX',
    ready: async (page) => {
      await expect(page.locator('.notice')).toBeVisible();
    },
  },
  { name: 'the tour, slide 1', url: '/?present=1', ready: slide },
  { name: 'the tour, its longest quotes (slide 13)', url: '/?present=13', ready: slide },
];

/**
 * The share of the viewport's height where the map shows: its stage's box within the viewport,
 * less a sheet fixed across it (the country panel on a phone).
 */
const mapShare = (page: Page) =>
  page.evaluate(() => {
    const stage = document.querySelector('.map__stage')?.getBoundingClientRect();
    if (!stage) return 0;
    const top = Math.max(stage.top, 0);
    let bottom = Math.min(stage.bottom, innerHeight);
    for (const sheet of document.querySelectorAll('aside')) {
      const r = sheet.getBoundingClientRect();
      const across = r.left <= stage.left + 1 && r.right >= stage.right - 1;
      if (getComputedStyle(sheet).position === 'fixed' && across && r.top < bottom)
        bottom = Math.max(top, r.top);
    }
    return Math.max(0, bottom - top) / innerHeight;
  });

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

for (const { width, height, least } of screens) {
  test.describe(`${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test(`the map keeps at least ${Math.round(least * 100)} % of the height in every state`, async ({
      page,
    }) => {
      test.slow(); // nine page loads
      const shares: string[] = [];
      for (const state of states) {
        await page.goto(state.url);
        await state.ready(page);
        const share = await mapShare(page);
        shares.push(`${state.name}: ${(share * 100).toFixed(0)} %`);
        expect(share, shares.join('; ')).toBeGreaterThanOrEqual(least);
        expect(await noSidewaysScroll(page), `${state.name}: sideways scroll`).toBe(true);
      }
    });
  });
}

// A 4:3 projector (the slide under the map) and a 16:9 laptop (the slide beside it).
for (const { width, height } of [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
]) {
  test.describe(`the tour at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test('is only the tour: no explore toolbar, the slide controls on one row, the map from the top', async ({
      page,
    }) => {
      await page.goto('/?present=4');
      await slide(page);
      await expect(page.getByRole('combobox')).toBeHidden();
      await expect(page.getByRole('region', { name: 'Filters' })).toBeHidden();
      await expect(page.getByRole('group', { name: 'View' })).toBeHidden();
      await expect(page.getByRole('checkbox', { name: /^Arcs/ })).toBeHidden();
      const bar = page.getByRole('toolbar', { name: 'Presentation' });
      // One row: every control's middle at one height (the counter is shorter than the buttons).
      const middles = await bar.locator(':scope > *:not(.slide__spacer)').evaluateAll((items) =>
        items.map((item) => {
          const box = item.getBoundingClientRect();
          return box.top + box.height / 2;
        }),
      );
      expect(middles.length).toBeGreaterThanOrEqual(6);
      expect(
        Math.max(...middles) - Math.min(...middles),
        `middles ${middles.join(', ')}`,
      ).toBeLessThanOrEqual(4);
      // The map takes the toolbar's place: it starts at the top of the screen.
      const stage = await page.locator('.map__stage').boundingBox();
      expect(stage?.y).toBeLessThanOrEqual(1);
    });
  });
}

test.describe('a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('starts framed on the countries the article covers, not on the whole globe in a strip', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/');
    const stage = await page.locator('.map__stage').boundingBox();
    if (!stage) throw new Error('no map');
    expect(stage.height / 844).toBeGreaterThanOrEqual(0.4);
    const covered = () =>
      page.evaluate(
        ({ ids }) => {
          const s = document.querySelector('.map__stage')?.getBoundingClientRect();
          if (!s) throw new Error('no map');
          let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
          let inView = 0;
          for (const id of ids) {
            const shape = document.querySelector(`.map__layer [data-id="${id}"][role="button"]`);
            const r = shape?.getBoundingClientRect();
            if (!r) continue;
            const [x0, y0] = [Math.max(r.left, s.left), Math.max(r.top, s.top)];
            const [x1, y1] = [Math.min(r.right, s.right), Math.min(r.bottom, s.bottom)];
            if (x1 <= x0 || y1 <= y0) continue;
            inView++;
            [left, top] = [Math.min(left, x0), Math.min(top, y0)];
            [right, bottom] = [Math.max(right, x1), Math.max(bottom, y1)];
          }
          return {
            inView: inView / ids.length,
            width: (right - left) / s.width,
            height: (bottom - top) / s.height,
          };
        },
        { ids: ['KAZ', ...partners] },
      );
    // Together the covered countries fill the map's height: it is not a strip of the globe...
    await expect.poll(async () => (await covered()).height).toBeGreaterThanOrEqual(0.75);
    // ...and its width, with most of them in view: not one region of them.
    const { inView, width } = await covered();
    expect(width).toBeGreaterThanOrEqual(0.9);
    expect(inView).toBeGreaterThanOrEqual(0.85);
  });
});
