import type { Page } from '@playwright/test';
import { mainBounds } from '../../src/geo/world-shapes.ts';
import { absolutePoints } from '../unit/geo/path-points.ts';
import { expect, test } from './fixtures.ts';

/**
 * Framing keeps the region: a country opened (or a tour slide's countries) takes at most about
 * 40 % of the map stage's width and of its height, whole inside it, with its neighbours around.
 * A country's box is its main body as the app frames it (world-shapes.ts `mainBounds`: Russia
 * without Chukotka across the antimeridian, the United States without Alaska and Hawaii).
 */

type Rect = { left: number; top: number; right: number; bottom: number };

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
];
const MOST = 0.42;

const stageRect = (page: Page): Promise<Rect> =>
  page.locator('.map__stage').evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });

/** The main body of the countries `ids` on screen (CSS px): their union, through the layer's transform. */
async function bodyOnScreen(page: Page, ids: readonly string[]): Promise<Rect> {
  const { drawn, mapWidth } = await page.evaluate(
    (ids) => ({
      drawn: ids.map((id) => document.querySelector(`.map__layer path[data-id="${id}"]`)?.getAttribute('d')),
      mapWidth: document.querySelector<SVGSVGElement>('.map__svg')?.viewBox.baseVal.width ?? 0,
    }),
    ids,
  );
  const boxes = drawn.map((d, i) => {
    if (!d) throw new Error(`no outline for ${ids[i]}`);
    const absolute = absolutePoints(d)
      .map((ring) => `M${ring.map(([x, y]) => `${x},${y}`).join('L')}Z`)
      .join('');
    return mainBounds(absolute, mapWidth);
  });
  return page.locator('.map__layer').evaluate((layer, boxes) => {
    const m = (layer as SVGGElement).getScreenCTM();
    if (!m) throw new Error('no transform');
    const corners = boxes.flatMap(([x0, y0, x1, y1]) =>
      [new DOMPoint(x0, y0), new DOMPoint(x1, y1)].map((p) => p.matrixTransform(m)),
    );
    const xs = corners.map((p) => p.x);
    const ys = corners.map((p) => p.y);
    return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
  }, boxes);
}

/** Resolves once the map rests at a framed view (zoomed in, no glide's CSS transform left). */
async function framed(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const layer = document.querySelector('.map__layer')?.getAttribute('transform') ?? '';
        const moving = (document.querySelector('.map__svg') as SVGElement | null)?.style.transform;
        return /scale\((?!1\))/.test(layer) && !moving;
      }),
    )
    .toBe(true);
}

/** The share of the stage's width and height `box` takes, and whether it is inside the stage. */
function measure(box: Rect, stage: Rect) {
  return {
    width: (box.right - box.left) / (stage.right - stage.left),
    height: (box.bottom - box.top) / (stage.bottom - stage.top),
    inside:
      box.left >= stage.left - 0.5 &&
      box.right <= stage.right + 0.5 &&
      box.top >= stage.top - 0.5 &&
      box.bottom <= stage.bottom + 0.5,
  };
}

/** How many probes, 3 CSS px apart over the stage, land on each country. */
const visibleCountries = (page: Page, stage: Rect) =>
  page.evaluate((stage) => {
    const hits: Record<string, number> = {};
    for (let y = stage.top + 1; y < stage.bottom - 1; y += 3)
      for (let x = stage.left + 1; x < stage.right - 1; x += 3) {
        const id = document.elementFromPoint(x, y)?.closest('.map__svg [data-id]')?.getAttribute('data-id');
        if (id) hits[id] = (hits[id] ?? 0) + 1;
      }
    return hits;
  }, stage);

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.setViewportSize(size);
      await page.emulateMedia({ reducedMotion: 'reduce' });
    });

    for (const id of ['KGZ', 'KAZ', 'FRA', 'USA', 'RUS']) {
      test(`?country=${id} frames it whole, at most ${MOST * 100} % of the map's width and height`, async ({
        page,
      }) => {
        await page.goto(`/?country=${id}`);
        await framed(page);
        const share = measure(await bodyOnScreen(page, [id]), await stageRect(page));
        expect(share.inside, JSON.stringify(share)).toBe(true);
        expect(share.width).toBeLessThanOrEqual(MOST);
        expect(share.height).toBeLessThanOrEqual(MOST);
        // Framed, not left at world view: it fills the 40 % in one dimension, or the zoom is capped.
        expect(Math.max(share.width, share.height)).toBeGreaterThan(0.15);
      });
    }

    test('?country=KGZ shows Kazakhstan, China, Uzbekistan and Tajikistan around Kyrgyzstan', async ({
      page,
    }) => {
      await page.goto('/?country=KGZ');
      await framed(page);
      const hits = await visibleCountries(page, await stageRect(page));
      // At least ~90 px² of each (ten probes 3 px apart): a visible part, not a sliver at an edge.
      for (const neighbour of ['KGZ', 'KAZ', 'CHN', 'UZB', 'TJK'])
        expect(hits[neighbour] ?? 0, `${neighbour} in view: ${JSON.stringify(hits)}`).toBeGreaterThan(10);
    });

    for (const [slide, countries] of [
      [6, ['CHN', 'KAZ']],
      [7, ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']],
      [13, ['JPN', 'KAZ', 'KOR']],
    ] as const) {
      test(`tour slide ${slide} frames its countries by the same rule`, async ({ page }) => {
        await page.goto(`/?present=${slide}`);
        await expect(page.locator('#slide-title')).toBeVisible();
        await framed(page);
        const share = measure(await bodyOnScreen(page, countries), await stageRect(page));
        expect(share.inside, JSON.stringify(share)).toBe(true);
        expect(share.width).toBeLessThanOrEqual(MOST);
        expect(share.height).toBeLessThanOrEqual(MOST);
      });
    }
  });
}

test('a small state in a cluster is framed in its region on a wide screen: Saint Lucia with Venezuela and Trinidad', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/?country=LCA');
  await framed(page);
  const hits = await visibleCountries(page, await stageRect(page));
  for (const neighbour of ['LCA', 'VCT', 'BRB', 'VEN', 'TTO'])
    expect(hits[neighbour] ?? 0, `${neighbour} in view: ${JSON.stringify(hits)}`).toBeGreaterThan(0);
});
