import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * A point well inside country `id`: every point `margin` px around it is the same country, so it
 * is still on that country a few frames later while the map moves.
 */
function pointInside(page: Page, id: string, margin: number) {
  return page.locator(`[data-id="${id}"][role="button"]`).evaluate((el, m) => {
    const r = el.getBoundingClientRect();
    const on = (x: number, y: number) => document.elementFromPoint(x, y) === el;
    for (let i = 1; i < 20; i++)
      for (let j = 1; j < 20; j++) {
        const x = r.left + (r.width * i) / 20;
        const y = r.top + (r.height * j) / 20;
        if ([-m, 0, m].every((dx) => [-m, 0, m].every((dy) => on(x + dx, y + dy)))) return { x, y };
      }
    let hits = 0;
    for (let i = 1; i < 20; i++)
      for (let j = 1; j < 20; j++) if (on(r.left + (r.width * i) / 20, r.top + (r.height * j) / 20)) hits++;
    throw new Error(
      `no point well inside the country: ${hits} of 361 on it, box ${JSON.stringify(r)}, top element ${document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.outerHTML.slice(0, 80)}`,
    );
  }, margin);
}

const cssTransform = (page: Page) =>
  page.locator('.map__svg').evaluate((svg) => (svg as SVGElement).style.transform);

/**
 * Starts logging, in order: each press (and whether the map was moving then), each redraw of the
 * map (its layer's transform written) and each panel heading shown.
 */
const recordRedrawsAndPanels = (page: Page) =>
  page.evaluate(() => {
    const log: string[] = [];
    (window as unknown as { __log: string[] }).__log = log;
    const layer = document.querySelector('.map__layer');
    const svg = document.querySelector<SVGElement>('.map__svg');
    if (!layer || !svg) throw new Error('no map');
    addEventListener(
      'pointerdown',
      () => log.push(svg.style.transform ? 'press while moving' : 'press'),
      true,
    );
    new MutationObserver(() => log.push('redraw')).observe(layer, {
      attributes: true,
      attributeFilter: ['transform'],
    });
    const heading = () => document.querySelector('aside h2')?.textContent;
    let shown = heading();
    new MutationObserver(() => {
      if (heading() === shown) return;
      shown = heading();
      log.push(`panel ${shown}`);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });

const log = (page: Page) => page.evaluate(() => (window as unknown as { __log: string[] }).__log);

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('/');
  // Kazakhstan is framed: the map glides towards Central Asia for about half a second.
  const kaz = await pointInside(page, 'KAZ', 5);
  await page.mouse.click(kaz.x, kaz.y);
  await expect(page.getByRole('complementary')).toHaveAccessibleName('Kazakhstan');
  await expect.poll(() => cssTransform(page)).not.toBe('');
});

test('a click on the next country while the map still moves opens its panel before the map is redrawn, and the map is redrawn once', async ({
  page,
}) => {
  const rus = await pointInside(page, 'RUS', 15);
  await recordRedrawsAndPanels(page);
  await page.mouse.click(rus.x, rus.y);
  await expect(page.getByRole('complementary')).toHaveAccessibleName('Russia');
  // Russia framed, drawn sharp: the gesture's CSS transform gone, the real one written once.
  await expect.poll(() => cssTransform(page)).toBe('');
  await expect(page.locator('.map__layer')).toHaveAttribute('transform', /scale\((?!1\))/);
  expect(await log(page)).toEqual(['press while moving', 'panel Russia', 'redraw']);
  await expect(page.locator('[data-id="RUS"][role="button"]')).toBeInViewport();
});

test('a click on the sea stops the moving map where it is and draws it sharp there', async ({ page }) => {
  const sea = await page.locator('.map').evaluate((map) => {
    const m = map.getBoundingClientRect();
    for (let y = m.top + 40; y < m.bottom - 40; y += 10)
      for (let x = m.left + 40; x < m.right - 40; x += 10)
        if (
          document.elementFromPoint(x, y)?.closest('.map__svg') &&
          !document.elementFromPoint(x, y)?.closest('[data-id]')
        )
          return { x, y };
    throw new Error('no sea on screen');
  });
  await recordRedrawsAndPanels(page);
  await page.mouse.click(sea.x, sea.y);
  await expect.poll(() => cssTransform(page)).toBe('');
  expect(await log(page)).toEqual(['press while moving', 'redraw']);
  // Stopped on the way (zoomed in), and it stays there.
  const layer = page.locator('.map__layer');
  const scale = async () => Number((await layer.getAttribute('transform'))?.match(/scale\(([\d.]+)\)/)?.[1]);
  const stopped = await scale();
  expect(stopped).toBeGreaterThan(1);
  await page.waitForTimeout(600);
  expect(await scale()).toBe(stopped);
  expect(await log(page)).toEqual(['press while moving', 'redraw']);
  await expect(page.getByRole('complementary')).toHaveAccessibleName('Kazakhstan');
});
