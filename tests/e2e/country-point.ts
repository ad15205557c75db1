import type { Page } from '@playwright/test';

/**
 * A point on the map where `id`'s shape is what the pointer hits, scanning in rows the part of the
 * map its shape's box covers (a scan of the whole map costs minutes on a busy machine).
 */
export async function countryPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const point = await page.locator('.map').evaluate((map, id) => {
    const stage = map.getBoundingClientRect();
    const shape = map.querySelector(`.map__svg [data-id="${id}"]`)?.getBoundingClientRect();
    if (!shape) return null;
    const top = Math.max(stage.top, shape.top);
    const left = Math.max(stage.left, shape.left);
    const bottom = Math.min(stage.bottom, shape.bottom);
    const right = Math.min(stage.right, shape.right);
    for (let y = top + 2; y < bottom - 2; y += 3)
      for (let x = left + 2; x < right - 2; x += 3) {
        const el = document.elementFromPoint(x, y);
        if (el instanceof SVGElement && el.dataset.id === id) return { x, y };
      }
    return null;
  }, id);
  if (!point) throw new Error(`${id} is not on screen`);
  return point;
}
