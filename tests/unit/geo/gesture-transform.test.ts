import { describe, expect, it } from 'vitest';
import { cssTransformBetween, viewportOf, type ZoomState } from '../../../src/geo/gesture-transform.ts';

/** Where a map point lands on screen: letterboxed viewBox, zoom transform, then a CSS transform. */
function screenPoint(
  p: [number, number],
  zoom: ZoomState,
  viewport: ReturnType<typeof viewportOf>,
  css = '',
) {
  const inBox = [zoom.k * p[0] + zoom.x, zoom.k * p[1] + zoom.y];
  const px = [
    viewport.offsetX + viewport.scale * (inBox[0] ?? 0),
    viewport.offsetY + viewport.scale * (inBox[1] ?? 0),
  ];
  const m = css.match(/translate\((-?[\d.e-]+)px, (-?[\d.e-]+)px\) scale\((-?[\d.e-]+)\)/);
  if (!m) return px;
  const [tx, ty, s] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return [s * (px[0] ?? 0) + tx, s * (px[1] ?? 0) + ty];
}

describe('cssTransformBetween', () => {
  const viewport = viewportOf(966, 470, 1000, 480);

  it('letterboxes the viewBox like preserveAspectRatio meet', () => {
    expect(viewport.scale).toBeCloseTo(0.966, 4);
    expect(viewport.offsetX).toBeCloseTo(0, 6);
    expect(viewport.offsetY).toBeCloseTo((470 - 480 * 0.966) / 2, 6);
  });

  it('puts every point where the target transform would draw it', () => {
    const committed = { k: 2, x: -300, y: -100 };
    const target = { k: 5.5, x: -2100, y: -700 };
    const css = cssTransformBetween(committed, target, viewport);
    for (const p of [
      [0, 0],
      [512, 160],
      [1000, 480],
    ] as [number, number][]) {
      const moved = screenPoint(p, committed, viewport, css);
      const expected = screenPoint(p, target, viewport);
      expect(moved[0]).toBeCloseTo(expected[0] ?? Number.NaN, 6);
      expect(moved[1]).toBeCloseTo(expected[1] ?? Number.NaN, 6);
    }
  });

  it('is the identity when nothing moved', () => {
    const same = { k: 3, x: -10, y: 4 };
    expect(cssTransformBetween(same, same, viewport)).toBe('translate(0px, 0px) scale(1)');
  });
});
