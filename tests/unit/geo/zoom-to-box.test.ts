import { describe, expect, it } from 'vitest';
import { zoomToBox } from '../../../src/geo/zoom-to-box.ts';

describe('zoomToBox', () => {
  it('centres the box and scales it to fill part of the view', () => {
    const t = zoomToBox([400, 200, 500, 250], 1000, 480, 8, 0.5);
    expect(t.k).toBeCloseTo(4.8, 5); // height-bound: 0.5 / (50 / 480)
    expect(t.x + t.k * 450).toBeCloseTo(500, 5);
    expect(t.y + t.k * 225).toBeCloseTo(240, 5);
  });

  it('caps the scale for tiny boxes (markers) and never zooms out past the world', () => {
    expect(zoomToBox([10, 10, 11, 11], 1000, 480, 8).k).toBe(8);
    expect(zoomToBox([0, 0, 1000, 480], 1000, 480).k).toBe(1);
  });
});
