import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boundedPath,
  cssTransformBetween,
  toMapView,
  toScreenView,
  viewportOf,
  type ZoomState,
} from '../../../src/geo/gesture-transform.ts';

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

describe('toScreenView / toMapView (gestures read on the unmoved box, in its CSS px)', () => {
  const size = fc.tuple(fc.integer({ min: 200, max: 2000 }), fc.integer({ min: 200, max: 1400 }));
  const view = fc.record({
    k: fc.double({ min: 1, max: 40, noNaN: true }),
    x: fc.double({ min: -3e4, max: 0, noNaN: true }),
    y: fc.double({ min: -2e4, max: 0, noNaN: true }),
  });
  const drag = fc.tuple(
    fc.double({ min: -500, max: 500, noNaN: true }),
    fc.double({ min: -500, max: 500, noNaN: true }),
  );

  it('round-trips', () => {
    fc.assert(
      fc.property(size, view, ([w, h], v) => {
        const back = toMapView(toScreenView(v, viewportOf(w, h, 1000, 480)), viewportOf(w, h, 1000, 480));
        expect(back.k).toBe(v.k);
        expect(back.x).toBeCloseTo(v.x, 6);
        expect(back.y).toBeCloseTo(v.y, 6);
      }),
    );
  });

  it('a drag of (dx, dy) CSS px on the box moves the painted grabbed point exactly (dx, dy)', () => {
    fc.assert(
      fc.property(size, view, view, drag, ([w, h], drawn, shown, [dx, dy]) => {
        const vp = viewportOf(w, h, 1000, 480);
        const grabbed: [number, number] = [vp.offsetX + 0.3 * w, vp.offsetY + 0.4 * h];
        // d3-zoom's drag: the screen transform translated by the pointer's move.
        const s = toScreenView(shown, vp);
        const moved = toMapView({ k: s.k, x: s.x + dx, y: s.y + dy }, vp);
        // The map point under the pointer when the drag began...
        const p: [number, number] = [
          ((grabbed[0] - vp.offsetX) / vp.scale - shown.x) / shown.k,
          ((grabbed[1] - vp.offsetY) / vp.scale - shown.y) / shown.k,
        ];
        // ...painted by the layers drawn at `drawn`, under the CSS transform to `moved`.
        const at = screenPoint(p, drawn, vp, cssTransformBetween(drawn, moved, vp));
        expect(at[0]).toBeCloseTo(grabbed[0] + dx, 4);
        expect(at[1]).toBeCloseTo(grabbed[1] + dy, 4);
      }),
    );
  });

  it('takes a box not laid out (jsdom) as the map itself', () => {
    expect(viewportOf(0, 0, 1000, 480)).toEqual({ scale: 1, offsetX: 0, offsetY: 0 });
  });
});

describe('boundedPath (a glide kept within the limits a gesture keeps)', () => {
  const extent: [[number, number], [number, number]] = [
    [0, 10],
    [800, 394],
  ];
  const straight = (t: number): [number, number, number] => [400 + 300 * t, 202 - 100 * t, 800 / (1 + 3 * t)];
  /** The screen transform a triple stands for, the way d3-zoom reads it. */
  const transformOf = ([cx, cy, w]: [number, number, number]) => {
    const k = 800 / w;
    return { k, x: 400 - cx * k, y: 202 - cy * k };
  };

  it('leaves a path that needs no bounding as it is', () => {
    const path = boundedPath(straight, extent, (t) => t);
    for (const t of [0, 0.3, 1]) {
      const [a, b] = [path(t), straight(t)];
      for (let i = 0; i < 3; i++) expect(a[i]).toBeCloseTo(b[i] ?? Number.NaN, 9);
    }
  });

  it('gives at every step the view the bound makes of it', () => {
    const bound = (t: ZoomState) => ({ ...t, y: Math.min(0, t.y) });
    const path = boundedPath(straight, extent, bound);
    for (const t of [0, 0.25, 0.5, 1]) {
      const got = transformOf(path(t));
      const want = bound(transformOf(straight(t)));
      expect(got.k).toBeCloseTo(want.k, 9);
      expect(got.x).toBeCloseTo(want.x, 6);
      expect(got.y).toBeCloseTo(want.y, 6);
    }
  });
});
