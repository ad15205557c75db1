import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { appTest as test } from './fixtures.ts';
import { pdfText, squeeze } from './pdf-text.ts';

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
];

type Box = { id: string; x0: number; y0: number; x1: number; y1: number };

/** Every name on the map: its country, on-screen box, on-screen font size, and where it lives. */
const labelsOf = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<SVGTextElement>('[data-label-for]')].map((el) => {
      const r = el.getBoundingClientRect();
      const scale = el.getScreenCTM()?.a ?? 0;
      return {
        id: el.dataset.labelFor ?? '',
        x0: r.left,
        y0: r.top,
        x1: r.right,
        y1: r.bottom,
        px: Number.parseFloat(getComputedStyle(el).fontSize) * scale,
        inMap: el.closest('.map') !== null,
        hidden: el.closest('[aria-hidden="true"]') !== null,
      };
    }),
  );

/** On-screen boxes of the small states' dots. */
const dotsOf = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<SVGCircleElement>('.map__layer .country__dot')].map((el) => {
      const r = el.getBoundingClientRect();
      return {
        id: el.closest('[data-id]')?.getAttribute('data-id') ?? '',
        x0: r.left,
        y0: r.top,
        x1: r.right,
        y1: r.bottom,
      };
    }),
  );

/** The zoom buttons over the map, which no name may hide behind. */
const zoomButtons = (page: Page) =>
  page.getByRole('toolbar', { name: 'Zoom' }).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return [{ id: 'zoom', x0: r.left, y0: r.top, x1: r.right, y1: r.bottom }];
  });

/** Pairs of boxes that overlap by more than half a pixel (rounding). */
const overlapping = (a: Box[], b: Box[], same: boolean) =>
  a.flatMap((p, i) =>
    (same ? a.slice(i + 1) : b)
      .filter((q) => p.x0 < q.x1 - 0.5 && q.x0 < p.x1 - 0.5 && p.y0 < q.y1 - 0.5 && q.y0 < p.y1 - 0.5)
      .map((q) => `${p.id}×${q.id}`),
  );

/** The map at rest at zoom `k` or more, its names placed again (none fading). */
async function restingAt(page: Page, k: number) {
  await page.waitForFunction((min) => {
    const layer = document.querySelector('.map__overlay-layer');
    const scale = Number(/scale\(([\d.]+)\)/.exec(layer?.getAttribute('transform') ?? '')?.[1] ?? 1);
    const moving = document.querySelector('.map__overlay[data-moving]') !== null;
    return !moving && scale >= min && document.querySelector('[data-label-for]') !== null;
  }, k);
}

for (const size of SIZES) {
  test.describe(`${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('names lie in the map, never over each other or a small state, at a constant size while zooming', async ({
      page,
    }) => {
      await page.goto('/');
      if (size.width < 600) {
        // A phone starts framed on the covered world, the home country named; then the whole world.
        await expect(page.locator('[data-label-for="KAZ"]')).toHaveCount(1);
        await page.getByRole('button', { name: 'Reset zoom' }).click();
      }
      await restingAt(page, 1);
      const world = await labelsOf(page);
      // A phone's whole world is a strip, and the zoom buttons cover its north: few names fit.
      expect(world.length).toBeGreaterThanOrEqual(size.width < 600 ? 1 : 9);
      expect(world.every((l) => l.inMap && l.hidden)).toBe(true);
      expect(overlapping(world, world, true)).toEqual([]);
      expect(overlapping(world, await dotsOf(page), false)).toEqual([]);
      expect(overlapping(world, await zoomButtons(page), false)).toEqual([]);
      const ids = world.map((l) => l.id);
      if (size.width >= 600) expect(ids).toContain('KAZ');
      // The large countries, legible on a 1024×768 projector; a phone has room for fewer.
      for (const id of size.width < 600 ? [] : ['RUS', 'CHN', 'USA', 'BRA']) {
        expect(ids).toContain(id);
        expect(world.find((l) => l.id === id)?.px).toBeGreaterThanOrEqual(13.9);
      }

      await page.getByRole('button', { name: 'Zoom in' }).click();
      await restingAt(page, 1.5);
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await restingAt(page, 2.5);
      const zoomed = await labelsOf(page);
      expect(zoomed.length).toBeGreaterThan(3);
      for (const label of zoomed) expect(label.px).toBeCloseTo(14, 0);
      expect(overlapping(zoomed, zoomed, true)).toEqual([]);
      expect(overlapping(zoomed, await dotsOf(page), false)).toEqual([]);
      expect(overlapping(zoomed, await zoomButtons(page), false)).toEqual([]);
    });
  });
}

test('?labels=0 hides the names; the Names switch brings them back and updates the link', async ({
  page,
}) => {
  await page.goto('/?labels=0&country=KAZ');
  const names = page.getByRole('checkbox', { name: 'Names' });
  await expect(names).not.toBeChecked();
  await expect(page.locator('[data-label-for]')).toHaveCount(0);
  await names.check();
  await expect(page.locator('[data-label-for="KAZ"]')).toHaveCount(1);
  await expect(page).toHaveURL(/\?country=KAZ&lang=en$/);
  await names.press('Space');
  await expect(names).not.toBeChecked();
  await expect(page.locator('[data-label-for]')).toHaveCount(0);
  await expect(page).toHaveURL(/labels=0/);
  const box = await names.evaluate((el) => el.closest('label')?.getBoundingClientRect().height ?? 0);
  expect(box).toBeGreaterThanOrEqual(24);
});

test('a tour slide names its countries, whatever the zoom', async ({ page }) => {
  await page.goto('/?present=7');
  for (const id of ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'])
    await expect(page.locator(`[data-label-for="${id}"]`)).toHaveCount(1);
});

test('the SVG export carries the names, with their font and halo', async ({ page }) => {
  await page.goto('/?country=RUS');
  await expect(page.locator('[data-label-for="RUS"]')).toHaveCount(1);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8');
  const labels = await page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return [...doc.querySelectorAll('text[data-label-for]')].map((t) => ({
      id: t.getAttribute('data-label-for'),
      text: t.textContent,
      size: t.getAttribute('font-size'),
      paintOrder: t.getAttribute('paint-order'),
    }));
  }, text);
  expect(labels.find((l) => l.id === 'RUS')).toMatchObject({ text: 'Russia', paintOrder: 'stroke' });
  expect(labels.find((l) => l.id === 'RUS')?.size).toMatch(/px$/);
});

test('the printed page carries the names', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-label-for="BRA"]')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  // Brazil and Canada are named nowhere else on the page: only the map's names print them.
  const printed = squeeze(pdfText(await page.pdf({ format: 'A4', landscape: true })).text);
  expect(printed).toContain('Brazil');
  expect(printed).toContain('Canada');
});
