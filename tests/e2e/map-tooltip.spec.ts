import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

type Point = { x: number; y: number; id: string };

/** The first point, scanning the map row by row, where a country is under the pointer and `near` holds. */
function countryPoint(page: Page, near: 'top' | 'right' | 'middle'): Promise<Point | null> {
  return page.locator('.map').evaluate((map, near) => {
    const m = map.getBoundingClientRect();
    const wanted = (x: number, y: number) =>
      near === 'top'
        ? y < m.top + 25
        : near === 'right'
          ? x > m.right - 40
          : Math.abs(x - (m.left + m.width / 2)) < 40 && Math.abs(y - (m.top + m.height / 2)) < 40;
    for (let y = m.top + 2; y < m.bottom - 2; y += 2)
      for (let x = m.left + 2; x < m.right - 2; x += 2) {
        if (!wanted(x, y)) continue;
        const el = document.elementFromPoint(x, y);
        if (el instanceof SVGElement && el.dataset.id && el.getAttribute('role') === 'button')
          return { x, y, id: el.dataset.id };
      }
    return null;
  }, near);
}

/** Hovers `point`; returns the tooltip's box and the map's. */
async function hover(page: Page, point: Point) {
  await page.mouse.move(point.x, point.y);
  const tooltip = page.locator('.map-tooltip');
  await expect(tooltip).toBeVisible();
  const tip = await tooltip.boundingBox();
  const map = await page.locator('.map').boundingBox();
  if (!tip || !map) throw new Error('no box for the tooltip or the map');
  const inside =
    tip.x >= map.x - 0.5 &&
    tip.y >= map.y - 0.5 &&
    tip.x + tip.width <= map.x + map.width + 0.5 &&
    tip.y + tip.height <= map.y + map.height + 0.5;
  const coversPointer =
    point.x >= tip.x && point.x <= tip.x + tip.width && point.y >= tip.y && point.y <= tip.y + tip.height;
  return { tip, map, inside, coversPointer };
}

for (const { name, width, height } of [
  { name: 'desktop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`${name}: the hover tooltip stays on the map and off the pointer, at the edges too`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-app', /.+/);

    const middle = await countryPoint(page, 'middle');
    if (!middle) throw new Error('no country near the middle of the map');
    const inMiddle = await hover(page, middle);
    // What it says is the country's accessible name already: screen readers skip the box.
    expect(await page.locator('.map-tooltip-point').ariaSnapshot()).toBe('');
    expect(inMiddle.inside).toBe(true);
    expect(inMiddle.coversPointer).toBe(false);
    // Above the pointer where it fits (12 px clear of it, 4 px margin), below where it does not.
    const fitsAbove = middle.y - 16 - inMiddle.tip.height >= inMiddle.map.y;
    if (fitsAbove) expect(inMiddle.tip.y + inMiddle.tip.height).toBeLessThan(middle.y);
    else expect(inMiddle.tip.y).toBeGreaterThan(middle.y);

    // A country at the map's top edge: no room above, so the tooltip is below the pointer (it was
    // cut off by the map's edge before, hidden under the toolbar).
    const top = await countryPoint(page, 'top');
    if (!top) throw new Error("no country at the map's top edge");
    const atTop = await hover(page, top);
    await expect(page.locator('.map-tooltip')).toContainText(
      await page
        .locator(`[data-id="${top.id}"][role="button"]`)
        .evaluate((el) => (el.getAttribute('aria-label') ?? '').split(',')[0] ?? ''),
    );
    expect(atTop.inside).toBe(true);
    expect(atTop.coversPointer).toBe(false);
    expect(atTop.tip.y).toBeGreaterThan(top.y);

    // At the right edge it moves inwards rather than being cut.
    const right = await countryPoint(page, 'right');
    if (!right) throw new Error("no country at the map's right edge");
    const atRight = await hover(page, right);
    expect(atRight.inside).toBe(true);
    expect(atRight.coversPointer).toBe(false);
  });
}

test('the tooltip goes when the map moves under a resting pointer, and names what is under it after the next move', async ({
  page,
}) => {
  await page.goto('/');
  const middle = await countryPoint(page, 'middle');
  if (!middle) throw new Error('no country near the middle of the map');
  await hover(page, middle);
  // A click frames the country: the map glides, the pointer stays where it was.
  await page.mouse.click(middle.x, middle.y);
  await expect(page.getByRole('complementary')).toBeVisible();
  await expect(page.locator('.map-tooltip')).toHaveCount(0);
  await expect
    .poll(() => page.locator('.map__svg').evaluate((svg) => (svg as SVGElement).style.transform))
    .toBe('');
  await page.mouse.move(middle.x + 1, middle.y);
  const under = await page.evaluate(
    ({ x, y }) => {
      const el = document.elementFromPoint(x, y);
      const shape = el instanceof SVGElement && el.dataset.id ? el : null;
      return shape ? (shape.getAttribute('aria-label') ?? '').split(',')[0] : null;
    },
    { x: middle.x + 1, y: middle.y },
  );
  if (under) await expect(page.locator('.map-tooltip strong')).toHaveText(under);
  else await expect(page.locator('.map-tooltip')).toHaveCount(0);
});
