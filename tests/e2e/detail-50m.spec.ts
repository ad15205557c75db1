import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { appTest, expect, test } from './fixtures.ts';

/** The 1:50m outlines, a file of their own (scripts/vite-plugin-app-data.ts). */
const FINE = /\/assets\/world-50m-[\w-]+\.json$/;

const kazakhstan = (page: Page) => page.locator('path[data-id="KAZ"]');
const outline = async (page: Page) => (await kazakhstan(page).getAttribute('d')) ?? '';
/** The zoom the map's layer is drawn at (use-map-zoom.ts writes `scale(k)` once it rests). */
const drawnZoom = (page: Page) =>
  page
    .locator('.map__layer')
    .evaluate((g) => Number(g.getAttribute('transform')?.match(/scale\(([\d.]+)\)/)?.[1] ?? 1));

async function press(page: Page, name: 'Zoom in' | 'Zoom out', times: number) {
  for (let i = 0; i < times; i++) await page.getByRole('button', { name }).click();
}

test.beforeEach(async ({ page }) => {
  // The map jumps: each press rests at once, where the swap happens.
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('the first view never asks for 1:50m; at 3× the same elements get finer outlines, and lose them zoomed out', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(request.url()));
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((url) => FINE.test(url) || url.includes('detail-loader'))).toEqual([]);
  const coarse = await outline(page);
  const countries = await page.locator('[data-id]').count();
  await kazakhstan(page).evaluate((path) => {
    (window as unknown as { kaz: Element }).kaz = path;
  });

  await press(page, 'Zoom in', 2); // 2.56×: not yet
  await expect.poll(() => drawnZoom(page)).toBeCloseTo(2.56, 2);
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((url) => FINE.test(url))).toEqual([]);
  expect(await outline(page)).toBe(coarse);

  await press(page, 'Zoom in', 1); // 4.1×
  await expect.poll(async () => (await outline(page)).length).toBeGreaterThan(3 * coarse.length);
  expect(fetched.filter((url) => FINE.test(url))).toHaveLength(1);
  // Swapped by key: the same element, the same contract, only `d` changed.
  expect(
    await kazakhstan(page).evaluate((path) => path === (window as unknown as { kaz: Element }).kaz),
  ).toBe(true);
  await expect(page.locator('[data-id]')).toHaveCount(countries);
  await expect(kazakhstan(page)).toHaveAttribute('data-relation', 'home');

  await press(page, 'Zoom out', 1); // 2.56×: between 2.5 and 3, 1:50m stays
  await expect.poll(() => drawnZoom(page)).toBeCloseTo(2.56, 2);
  expect((await outline(page)).length).toBeGreaterThan(3 * coarse.length);
  await press(page, 'Zoom out', 1); // 1.6×: back to 1:110m
  await expect.poll(() => outline(page)).toBe(coarse);
  await press(page, 'Zoom in', 2); // 4.1× again: no second download
  await expect.poll(async () => (await outline(page)).length).toBeGreaterThan(3 * coarse.length);
  expect(fetched.filter((url) => FINE.test(url))).toHaveLength(1);
});

test('a small state framed from the address gets its own outline under its marker', async ({ page }) => {
  await page.goto('/?country=SGP');
  await expect(page.locator('[data-id="SGP"] .country__land')).toHaveAttribute('d', /^M/);
  const hit = await page.locator('[data-id="SGP"] .country__hit').boundingBox();
  expect(Math.min(hit?.width ?? 0, hit?.height ?? 0)).toBeGreaterThanOrEqual(24);
});

test('an SVG exported while zoomed in has the 1:50m outlines', async ({ page }) => {
  await page.goto('/');
  await press(page, 'Zoom in', 3);
  const fine = await expect
    .poll(async () => (await outline(page)).length)
    .toBeGreaterThan(1000)
    .then(() => outline(page));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  const text = await download.createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  });
  const exported = await page.evaluate(
    (svg) =>
      new DOMParser()
        .parseFromString(svg, 'image/svg+xml')
        .querySelector('[data-id="KAZ"]')
        ?.getAttribute('d') ?? '',
    text,
  );
  expect(exported).toBe(fine);
});

// appTest: the problems watcher would count the file itself as another origin; its requests are checked here.
appTest(
  'the single file has 1:50m inlined: zoomed in from file://, it draws them with no request',
  async ({ page }) => {
    const file = new URL('../../dist-single/kazakhstan-map.html', import.meta.url);
    appTest.skip(!existsSync(fileURLToPath(file)), 'run `npm run build` first (it makes dist-single/)');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(file.href);
    const coarse = await outline(page);
    await press(page, 'Zoom in', 3);
    await expect.poll(async () => (await outline(page)).length).toBeGreaterThan(3 * coarse.length);
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
  },
);
