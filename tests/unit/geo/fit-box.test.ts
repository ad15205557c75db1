import { describe, expect, it } from 'vitest';
import { fitBox } from '../../../src/geo/fit-box.ts';

const map = { width: 1000, height: 480 };

describe('fitBox', () => {
  it("fits a box to a tall stage's own height, not to the map's wide frame", () => {
    // A phone's stage: 390 × 346 CSS px shows 1000 × 887 map units at zoom 1.
    const visible = { width: 1000, height: 887 };
    const t = fitBox([480, 20, 990, 440], map, visible, 1);
    expect(t.k).toBeCloseTo(1000 / 510, 5); // width-bound here; height-bound in the map's frame
    // Centred on the stage, which is centred on the map.
    expect(t.x + t.k * 735).toBeCloseTo(500, 5);
    expect(t.y + t.k * 230).toBeCloseTo(240, 5);
    const tall = fitBox([600, 100, 700, 400], map, visible, 1);
    expect(tall.k).toBeCloseTo(887 / 300, 5);
  });

  it('leaves a margin and never zooms out past the whole map', () => {
    expect(fitBox([0, 0, 500, 100], map, map, 0.5).k).toBe(1);
    expect(fitBox([0, 0, 100, 100], map, map, 0.9).k).toBeCloseTo(4.32, 5);
  });
});
