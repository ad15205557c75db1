import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Box } from '../../../src/geo/world-shapes.ts';
import { constrainView } from '../../../src/geo/zoom-machine.ts';
import {
  APART_PX,
  FRAME_FILL,
  frameWithContext,
  REGION_SCALE,
  unionBox,
} from '../../../src/geo/zoom-to-box.ts';
import { atlasLayout } from './atlas-layout.ts';

const STAGE = { width: 1000, height: 480, pxPerUnit: 0.966 };
const LIMITS = { width: 1000, height: 480, minK: 1, maxK: 40 };
const EPS = 1e-9;

/** Boxes inside the map, from a point to the whole map. */
const box = fc
  .tuple(
    fc.double({ min: 0, max: 1000, noNaN: true }),
    fc.double({ min: 0, max: 480, noNaN: true }),
    fc.double({ min: 0, max: 1000, noNaN: true }),
    fc.double({ min: 0, max: 480, noNaN: true }),
  )
  .map(([a, b, c, d]): Box => [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)]);

const shapeBox = (id: string): Box => {
  const found = atlasLayout.shapes.find((s) => s.id === id);
  if (!found) throw new Error(`no shape ${id}`);
  return found.box;
};

/** The part of the map a view shows, in map units. */
const shown = (t: { k: number; x: number; y: number }): Box => [
  -t.x / t.k,
  -t.y / t.k,
  (1000 - t.x) / t.k,
  (480 - t.y) / t.k,
];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
const contains = (outer: Box, inner: Box) =>
  outer[0] <= inner[0] + 1e-6 &&
  outer[1] <= inner[1] + 1e-6 &&
  outer[2] >= inner[2] - 1e-6 &&
  outer[3] >= inner[3] - 1e-6;

describe('frameWithContext', () => {
  it('centres the box and gives it 40 % of the binding dimension', () => {
    const t = frameWithContext([400, 200, 500, 250], STAGE);
    expect(t.k).toBeCloseTo(FRAME_FILL / (50 / 480), 9); // height-bound: 3.84
    expect(t.x + t.k * 450).toBeCloseTo(500, 9);
    expect(t.y + t.k * 225).toBeCloseTo(240, 9);
  });

  it('never takes a box past 40 % of either dimension, zooms 1× to 8×, and keeps it centred', () => {
    fc.assert(
      fc.property(box, ([x0, y0, x1, y1]) => {
        const t = frameWithContext([x0, y0, x1, y1], STAGE);
        expect(t.k).toBeGreaterThanOrEqual(1);
        expect(t.k).toBeLessThanOrEqual(REGION_SCALE);
        const w = (t.k * (x1 - x0)) / 1000;
        const h = (t.k * (y1 - y0)) / 480;
        // Only a box larger than 40 % of the whole map (shown at 1×) takes more.
        if (t.k > 1) expect(Math.max(w, h)).toBeLessThanOrEqual(FRAME_FILL + EPS);
        // Below the cap it is as large as the rule allows, not smaller.
        if (t.k > 1 && t.k < REGION_SCALE) expect(Math.max(w, h)).toBeCloseTo(FRAME_FILL, 9);
        expect(t.x + (t.k * (x0 + x1)) / 2).toBeCloseTo(500, 6);
        expect(t.y + (t.k * (y0 + y1)) / 2).toBeCloseTo(240, 6);
      }),
    );
  });

  it('is inside the view once the zoom machine constrains it, with 30 % of the view around it', () => {
    fc.assert(
      fc.property(box, (b) => {
        const t = constrainView(frameWithContext(b, STAGE), LIMITS);
        expect(contains(shown(t), b)).toBe(true);
      }),
    );
  });

  it('zooms past the region cap only as far as a small state and its neighbour need to be APART_PX apart', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 13.5, noNaN: true }),
        fc.double({ min: 0.3, max: 2, noNaN: true }),
        (neighbourAt, pxPerUnit) => {
          const at = [500 - neighbourAt, 240 - neighbourAt, 500 + neighbourAt, 240 + neighbourAt] as Box;
          const t = frameWithContext(at, { ...STAGE, pxPerUnit }, { neighbourAt });
          expect(neighbourAt * t.k * pxPerUnit).toBeGreaterThanOrEqual(APART_PX - 1e-6);
          if (t.k > REGION_SCALE) expect(neighbourAt * t.k * pxPerUnit).toBeCloseTo(APART_PX, 6);
        },
      ),
    );
  });

  it('shows Saint Lucia with a wide region on a desktop map, closer on a phone (as far as its targets need)', () => {
    const lca = atlasLayout.shapes.find((s) => s.id === 'LCA');
    if (!lca) throw new Error('no LCA');
    const neighbourAt = (lca.box[2] - lca.box[0]) / 2; // the box reaches the nearest marker
    const desktop = frameWithContext(lca.box, STAGE, { neighbourAt });
    const phone = frameWithContext(lca.box, { ...STAGE, pxPerUnit: 0.39 }, { neighbourAt });
    expect(desktop.k).toBeCloseTo(APART_PX / (2.4 * 0.966), 1); // 15.5, not the old 40
    expect(phone.k).toBeGreaterThan(36);
  });
});

describe('framing on the real map (110m, 1000 × 480)', () => {
  it('caps Kyrgyzstan at the region scale, with Kazakhstan, China, Uzbekistan and Tajikistan in view', () => {
    const t = constrainView(frameWithContext(shapeBox('KGZ'), STAGE), LIMITS);
    expect(t.k).toBe(REGION_SCALE);
    const view = shown(t);
    expect(contains(view, shapeBox('KGZ'))).toBe(true);
    for (const id of ['KAZ', 'CHN', 'UZB', 'TJK']) expect(overlaps(view, shapeBox(id)), id).toBe(true);
  });

  it.each(['RUS', 'USA', 'KAZ', 'CHN'])('fits %s whole, at 40 %% of a dimension', (id) => {
    const b = shapeBox(id);
    const t = constrainView(frameWithContext(b, STAGE), LIMITS);
    expect(contains(shown(t), b)).toBe(true);
    expect(Math.max((t.k * (b[2] - b[0])) / 1000, (t.k * (b[3] - b[1])) / 480)).toBeCloseTo(FRAME_FILL, 9);
  });

  it('frames a whole tour slide by the same rule', () => {
    const slide = unionBox(['JPN', 'KAZ', 'KOR'].map(shapeBox));
    if (!slide) throw new Error('no box');
    const t = constrainView(frameWithContext(slide, STAGE), LIMITS);
    expect(contains(shown(t), slide)).toBe(true);
    expect((t.k * (slide[2] - slide[0])) / 1000).toBeCloseTo(FRAME_FILL, 9);
  });
});

describe('unionBox', () => {
  it('holds every box, and none gives undefined', () => {
    expect(
      unionBox([
        [1, 2, 3, 4],
        [0, 3, 2, 9],
      ]),
    ).toEqual([0, 2, 3, 9]);
    expect(unionBox([])).toBeUndefined();
  });
});
