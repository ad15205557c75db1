import { describe, expect, it } from 'vitest';
import { relativePath } from '../../../src/geo/relative-path.ts';
import { absolutePoints } from './path-points.ts';

describe('relativePath', () => {
  it('draws exactly the same points as the absolute path, ring by ring', () => {
    const d = 'M10.5,20L12,22.3L9.9,25Z M100,-5.5L90.1,-7L95,0Z';
    expect(relativePath(d)).toBe('M10.5 20l1.5 2.3-2.1 2.7zm89.5-25.5l-9.9-1.5 4.9 7z');
    expect(absolutePoints(relativePath(d))).toEqual([
      [
        [10.5, 20],
        [12, 22.3],
        [9.9, 25],
      ],
      [
        [100, -5.5],
        [90.1, -7],
        [95, 0],
      ],
    ]);
  });

  it('drops leading zeros and the separators SVG does not need, and still draws the same points', () => {
    const d = 'M0.5,0.5L0.8,0.9L1,1L0.2,2L0.5,1.5Z';
    const relative = relativePath(d);
    expect(relative).toBe('M.5.5l.3.4.2.1-.8 1 .3-.5z');
    expect(absolutePoints(relative)).toEqual([
      [
        [0.5, 0.5],
        [0.8, 0.9],
        [1, 1],
        [0.2, 2],
        [0.5, 1.5],
      ],
    ]);
  });

  it('does not accumulate rounding error over long rings', () => {
    const points = Array.from({ length: 500 }, (_, i) => `${(i * 1.37) % 997},${(i * 2.11) % 479}`);
    const d = `M${points.join('L')}Z`;
    const expected = points.map((p) => p.split(',').map((v) => Math.round(Number(v) * 10) / 10));
    const drawn = absolutePoints(relativePath(d))[0] ?? [];
    drawn.forEach(([x, y], i) => {
      expect(x).toBeCloseTo(expected[i]?.[0] ?? Number.NaN, 6);
      expect(y).toBeCloseTo(expected[i]?.[1] ?? Number.NaN, 6);
    });
  });

  it('keeps an open line open: an arc cut at the antimeridian stays two strokes, with no closing edge', () => {
    const d = 'M665.2,85.5L700,90L1000,120M0,120L30,125';
    const relative = relativePath(d);
    expect(relative).not.toMatch(/z/i);
    expect(absolutePoints(relative)).toEqual([
      [
        [665.2, 85.5],
        [700, 90],
        [1000, 120],
      ],
      [
        [0, 120],
        [30, 125],
      ],
    ]);
  });
});
