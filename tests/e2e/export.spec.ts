import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { appTest as test } from './fixtures.ts';

async function downloadOf(page: Page, name: string): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  const path = await download.path();
  return readFileSync(path);
}

/** Width and height from a PNG's IHDR chunk (bytes 16..23, big-endian), after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('SVG export parses and carries the map, title, legend and source line', async ({ page }) => {
  await page.goto('/?country=RUS');
  await expect(page.getByRole('complementary', { name: /Russia/ })).toBeVisible();
  const svgText = (await downloadOf(page, 'Download SVG')).toString('utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const error = doc.querySelector('parsererror');
    const root = doc.documentElement;
    return {
      error: error?.textContent ?? null,
      width: root.getAttribute('width'),
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      countries: doc.querySelectorAll('[data-id]').length,
      russiaFill: doc.querySelector('[data-id="RUS"]')?.getAttribute('fill'),
      // The selection's outline (its own layer on screen) is in the file too: Russia's shape, unfilled.
      outlines: [...doc.querySelectorAll('path[fill="none"]')].filter(
        (p) => p.getAttribute('d') === doc.querySelector('[data-id="RUS"]')?.getAttribute('d'),
      ).length,
      stylesheets: doc.querySelectorAll('style, link').length,
    };
  }, svgText);
  expect(parsed.error).toBeNull();
  expect(parsed.texts).toEqual(
    expect.arrayContaining([
      "Kazakhstan's multi-vector foreign policy",
      'Selected: Russia',
      'Alliance',
      'Strategic partnership',
      'Cooperation',
      'Not covered by the article',
      'Through a group (the European Union)',
    ]),
  );
  expect(parsed.texts.find((t) => t?.startsWith('Source:'))).toMatch(
    /Akmaral Aben, “Multi-vector policy of Kazakhstan”, .*3 March 2017\. Borders: Natural Earth/,
  );
  expect(parsed.countries).toBeGreaterThan(190);
  expect(parsed.russiaFill).toBe('rgb(136, 34, 85)');
  expect(parsed.outlines).toBe(1);
  expect(parsed.stylesheets).toBe(0);
  const mapWidth = await page.locator('.map__svg').evaluate((e) => e.clientWidth);
  expect(Number(parsed.width)).toBe(mapWidth);
});

test('PNG export is a real PNG at twice the size of the SVG', async ({ page }) => {
  await page.goto('/?present=5');
  await expect(page.locator('#slide-title')).toHaveText('Russia');
  const svgText = (await downloadOf(page, 'Download SVG')).toString('utf8');
  const [, w, h] = svgText.match(/<svg[^>]* width="(\d+)" height="(\d+)"/) ?? [];
  expect(svgText).toContain('<text x="16" y="52" font-family');
  expect(svgText).toContain('>Russia</text>');
  const png = await downloadOf(page, 'Download PNG');
  expect(pngSize(png)).toEqual({ width: 2 * Number(w), height: 2 * Number(h) });
  expect(png.length).toBeGreaterThan(20_000);
});
