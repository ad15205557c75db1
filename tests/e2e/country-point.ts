import type { Page } from '@playwright/test';

/** A point on the map where `id`'s shape is what the pointer hits (scanning the map in rows). */
export async function countryPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const point = await page.locator('.map').evaluate((map, id) => {
    const m = map.getBoundingClientRect();
    for (let y = m.top + 2; y < m.bottom - 2; y += 3)
      for (let x = m.left + 2; x < m.right - 2; x += 3) {
        const el = document.elementFromPoint(x, y);
        if (el instanceof SVGElement && el.dataset.id === id) return { x, y };
      }
    return null;
  }, id);
  if (!point) throw new Error(`${id} is not on screen`);
  return point;
}
