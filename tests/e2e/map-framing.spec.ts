import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * Clicks while the map glides to the last selection. The page's clock is Playwright's: paused
 * before the first click and run on by hand, so the second click lands halfway through the
 * animation, on a map that stands still meanwhile, however loaded the machine is.
 */

/** A point whose 10 px surroundings are all `wanted` (a country's id, or 'sea'). */
const pointOn = (page: Page, wanted: string) =>
  page.evaluate((wanted) => {
    const svg = document.querySelector('.map__svg');
    if (!svg) throw new Error('no map');
    const what = (x: number, y: number) => {
      const el = document.elementFromPoint(x, y);
      if (!el?.closest('.map__svg')) return 'outside';
      return el instanceof SVGElement && el.dataset.id ? el.dataset.id : 'sea';
    };
    const m = svg.getBoundingClientRect();
    for (let y = m.top + 20; y < m.bottom - 20; y += 5)
      for (let x = m.left + 20; x < m.right - 20; x += 5)
        if ([-10, 0, 10].every((dx) => [-10, 0, 10].every((dy) => what(x + dx, y + dy) === wanted)))
          return { x, y };
    throw new Error(`no point well inside ${wanted}`);
  }, wanted);

/** Logs, in order: each press (and whether the map was moving), each redraw of the map (its layer's transform written), each panel heading shown. */
const record = (page: Page) =>
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
const cssTransform = (page: Page) =>
  page.locator('.map__svg').evaluate((svg) => (svg as SVGElement).style.transform);

/** Clicks Kazakhstan at world view and runs the clock 200 ms into the map's 450 ms glide towards it. */
async function halfwayToKazakhstan(page: Page) {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.clock.install();
  await page.goto('/');
  const kaz = await pointOn(page, 'KAZ');
  await record(page);
  await page.clock.pauseAt(Date.now() + 60_000);
  await page.mouse.click(kaz.x, kaz.y);
  await page.clock.runFor(200);
  expect(await cssTransform(page)).not.toBe('');
}

test('a click on the next country while the map still moves opens its panel before the map is redrawn, and the map is redrawn once', async ({
  page,
}) => {
  await halfwayToKazakhstan(page);
  const rus = await pointOn(page, 'RUS');
  await page.mouse.click(rus.x, rus.y);
  await expect(page.getByRole('complementary')).toHaveAccessibleName('Russia');
  expect(await log(page)).toEqual(['press', 'panel Kazakhstan', 'press while moving', 'panel Russia']);
  // Russia framed and drawn sharp: the gesture's CSS transform gone, the real one written once.
  await page.clock.runFor(1000);
  expect(await cssTransform(page)).toBe('');
  await expect(page.locator('.map__layer')).toHaveAttribute('transform', /scale\((?!1\))/);
  expect(await log(page)).toEqual([
    'press',
    'panel Kazakhstan',
    'press while moving',
    'panel Russia',
    'redraw',
  ]);
  await expect(page.locator('[data-id="RUS"][role="button"]')).toBeInViewport();
});

test('a click on the sea stops the moving map where it is and draws it sharp there', async ({ page }) => {
  await halfwayToKazakhstan(page);
  const sea = await pointOn(page, 'sea');
  await page.mouse.click(sea.x, sea.y);
  await page.clock.runFor(100);
  // Not redrawn in the frame after the press: only once the view has rested.
  expect(await log(page)).toEqual(['press', 'panel Kazakhstan', 'press while moving']);
  await page.clock.runFor(1000);
  expect(await cssTransform(page)).toBe('');
  expect(await log(page)).toEqual(['press', 'panel Kazakhstan', 'press while moving', 'redraw']);
  // Stopped on the way (zoomed in), and it stays there.
  const scale = async () =>
    Number((await page.locator('.map__layer').getAttribute('transform'))?.match(/scale\(([\d.]+)\)/)?.[1]);
  const stopped = await scale();
  expect(stopped).toBeGreaterThan(1);
  await page.clock.runFor(1000);
  expect(await scale()).toBe(stopped);
  expect(await log(page)).toEqual(['press', 'panel Kazakhstan', 'press while moving', 'redraw']);
  await expect(page.getByRole('complementary')).toHaveAccessibleName('Kazakhstan');
});
