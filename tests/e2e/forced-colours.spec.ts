import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * High-contrast themes (`forced-colors: active`) repaint HTML in the theme's few system colours.
 * Where a colour is the data (a legend swatch explains a country's fill), it must survive, or the
 * legend explains nothing; focus, the selection outline and the coverage textures must stay seen.
 */
const RELATIONS = ['home', 'alliance', 'strategic-partnership', 'cooperation', 'none'] as const;

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
});

/** A solid (named) country's fill for each relation, and the theme's Canvas and CanvasText. */
function mapColours(page: Page) {
  return page.evaluate((relations) => {
    const probe = document.createElement('span');
    probe.style.cssText = 'color: CanvasText; background-color: Canvas';
    document.body.append(probe);
    const system = {
      canvasText: getComputedStyle(probe).color,
      canvas: getComputedStyle(probe).backgroundColor,
    };
    probe.remove();
    const fills = Object.fromEntries(
      relations.map((relation) => {
        const shape = document.querySelector(
          `.country[data-relation="${relation}"]:not([data-mention="group"]):not([data-mention="region"])`,
        );
        return [relation, shape ? getComputedStyle(shape).fill : 'no such country'];
      }),
    );
    return { ...system, fills, forced: matchMedia('(forced-colors: active)').matches };
  }, RELATIONS);
}

/** How each swatch under `scope` is painted. */
function swatches(page: Page, scope: string) {
  return page.locator(`${scope} .swatch`).evaluateAll((spans) =>
    spans.map((span) => {
      const style = getComputedStyle(span);
      return {
        relation: [...span.classList]
          .find((c) => /^swatch--(home|alliance|strategic-partnership|cooperation|none)$/.test(c))
          ?.slice(8),
        texture: [...span.classList].find((c) => /^swatch--(named|group|region)$/.test(c))?.slice(8) ?? null,
        background: style.backgroundColor,
        image: style.backgroundImage,
        // Every side, so a swatch's edge shows whatever the theme's background.
        border:
          [
            style.borderTopStyle,
            style.borderRightStyle,
            style.borderBottomStyle,
            style.borderLeftStyle,
          ].every((side) => side === 'solid') && Number.parseFloat(style.borderTopWidth) >= 1
            ? style.borderTopColor
            : 'no border',
      };
    }),
  );
}

/** How the element with keyboard focus shows it: SVG stroke and fill, HTML outline. */
function focusedStyle(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement ?? document.body;
    const style = getComputedStyle(el);
    return {
      id: el.getAttribute('data-id') ?? '',
      inLegend: el.closest('.legend') !== null,
      stroke: style.stroke,
      strokeWidth: Number.parseFloat(style.strokeWidth),
      fill: style.fill,
      outline: style.outlineColor,
      outlineStyle: style.outlineStyle,
      outlineWidth: Number.parseFloat(style.outlineWidth),
    };
  });
}

/** Presses Tab until the focused element matches (at most 40 stops). */
async function tabUntil(page: Page, match: (f: Awaited<ReturnType<typeof focusedStyle>>) => boolean) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const now = await focusedStyle(page);
    if (match(now)) return now;
  }
  throw new Error('Tab never reached the element');
}

const visible = (colour: string) =>
  colour !== 'none' && colour !== 'transparent' && !/rgba\(.*, 0\)$/.test(colour);

test('legend, panel and tooltip swatches keep the colours of the countries they explain, edged in CanvasText', async ({
  page,
}) => {
  await page.goto('/?country=RUS');
  const map = await mapColours(page);
  expect(map.forced).toBe(true);
  const border = map.canvasText;

  const legend = await swatches(page, '.legend');
  for (const relation of RELATIONS) {
    const entry = legend.find((s) => s.relation === relation && s.texture === null);
    expect(entry?.background, `legend swatch "${relation}"`).toBe(map.fills[relation]);
    expect(entry?.background).not.toBe(map.canvas);
  }
  // Coverage: the cooperation colour with the texture drawn over it.
  for (const texture of ['named', 'group', 'region']) {
    const entry = legend.find((s) => s.texture === texture);
    expect(entry?.background, `legend swatch "${texture}"`).toBe(map.fills.cooperation);
    if (texture === 'named') expect(entry?.image).toBe('none');
    else expect(entry?.image, `legend texture "${texture}"`).toMatch(/gradient/);
  }
  for (const s of legend) expect(s.border, 'legend swatch border').toBe(border);

  const [panel] = await swatches(page, '.panel__relation');
  expect(panel?.background, "panel's relation swatch").toBe(map.fills.alliance);
  expect(panel?.border).toBe(border);

  // The tooltip of a focused country names its relation with a swatch too.
  await page.locator('[data-id="CHN"][role="button"]').focus();
  await expect(page.locator('.map-tooltip .swatch')).toBeVisible();
  const [tooltip] = await swatches(page, '.map-tooltip');
  expect(tooltip?.background, "tooltip's swatch").toBe(map.fills['strategic-partnership']);
  expect(tooltip?.border).toBe(border);
});

test('focus, the selection outline and the coverage textures stay visible', async ({ page }) => {
  await page.goto('/?country=RUS');
  const map = await mapColours(page);

  const outline = await page.locator('.map__highlight').evaluate((el) => {
    const style = getComputedStyle(el);
    return { stroke: style.stroke, width: Number.parseFloat(style.strokeWidth) };
  });
  expect(visible(outline.stroke), `selection outline ${outline.stroke}`).toBe(true);
  expect(outline.stroke).not.toBe(map.fills.alliance);
  expect(outline.width).toBeGreaterThanOrEqual(2);

  // Countries covered through a group or a region keep their pattern, drawn in the relation colour.
  const textures = await page.evaluate(() =>
    ['group', 'region'].map((mention) => {
      const shape = document.querySelector(
        `.country[data-relation="cooperation"][data-mention="${mention}"]`,
      );
      const fill = shape ? getComputedStyle(shape).fill : '';
      const id = /url\("?#([^")]+)"?\)/.exec(fill)?.[1] ?? '';
      const pattern = document.getElementById(id);
      return { mention, fill, marks: [...(pattern?.children ?? [])].map((m) => getComputedStyle(m).fill) };
    }),
  );
  for (const t of textures) {
    expect(t.fill, `${t.mention} fill`).toMatch(new RegExp(`cov-${t.mention}-cooperation`));
    expect(t.marks, `${t.mention} pattern`).toEqual([map.fills.cooperation, 'rgb(255, 255, 255)']);
  }

  // Keyboard focus: Tab to the map's one stop (a country's stroke), then on to a legend toggle (an outline).
  const country = await tabUntil(page, (f) => f.id !== '');
  expect(visible(country.stroke), `focused country's stroke ${country.stroke}`).toBe(true);
  expect(country.stroke).not.toBe(country.fill);
  expect(country.strokeWidth).toBeGreaterThanOrEqual(2);

  const ring = await tabUntil(page, (f) => f.inLegend);
  expect(ring.outlineStyle).not.toBe('none');
  expect(ring.outlineWidth).toBeGreaterThanOrEqual(2);
  expect(visible(ring.outline) && ring.outline !== map.canvas, `focus ring ${ring.outline}`).toBe(true);
});
