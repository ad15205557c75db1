import { describe, expect, it } from 'vitest';
import { inRing, labelPoint, labelPoints, pathRings } from '../../../src/geo/label-points.ts';
import { atlasLayout } from './atlas-layout.ts';

const shape = (id: string) => {
  const found = atlasLayout.shapes.find((s) => s.id === id);
  if (!found) throw new Error(`no shape ${id}`);
  return found;
};
/** Inside the drawn outline: an odd number of its rings around the point (holes count). */
const insideOutline = (d: string, point: [number, number]) =>
  pathRings(d).filter((ring) => inRing(point, ring)).length % 2 === 1;
/** Distance from `point` to the outline's nearest edge, in map units. */
const edgeDistance = (d: string, [px, py]: [number, number]) =>
  Math.min(
    ...pathRings(d).flatMap((ring) =>
      ring.map(([ax, ay], i) => {
        const [bx, by] = ring[(i + 1) % ring.length] ?? [ax, ay];
        const t = Math.max(
          0,
          Math.min(
            1,
            ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2 || 1),
          ),
        );
        return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
      }),
    ),
  );

describe('labelPoint', () => {
  it.each(['CHL', 'NOR', 'IDN', 'RUS', 'KAZ', 'USA', 'FRA', 'ZAF'])(
    'puts %s’s label inside its outline',
    (id) => {
      const { d } = shape(id);
      const point = labelPoint(d);
      if (!point) throw new Error('no label point');
      const [x, y, rx, ry] = point;
      expect(insideOutline(d, [x, y])).toBe(true);
      // The ellipse's smaller half-axis is a real clearance from the coast, not a point on it.
      expect(Math.min(rx, ry)).toBeGreaterThan(0);
      expect(edgeDistance(d, [x, y])).toBeGreaterThanOrEqual(Math.min(rx, ry) * 0.9);
    },
  );

  it('gives a wide country a wide ellipse and a tall one a tall ellipse', () => {
    const [, , rxRus = 0, ryRus = 0] = labelPoint(shape('RUS').d) ?? [];
    const [, , rxChl = 0, ryChl = 0] = labelPoint(shape('CHL').d) ?? [];
    expect(rxRus).toBeGreaterThan(ryRus * 2);
    expect(ryChl).toBeGreaterThan(rxChl);
    // Russia's label room is in Siberia's wide body, tens of map units across.
    expect(rxRus).toBeGreaterThan(40);
  });

  it('puts the point in the largest island of a country of islands (Borneo for Indonesia)', () => {
    const { d } = shape('IDN');
    const [x = 0, y = 0] = labelPoint(d) ?? [];
    const area = (ring: [number, number][]) =>
      Math.abs(
        ring.reduce((sum, [ax, ay], i) => {
          const [bx, by] = ring[(i + 1) % ring.length] ?? [ax, ay];
          return sum + ax * by - bx * ay;
        }, 0),
      );
    const rings = pathRings(d).sort((a, b) => area(b) - area(a));
    expect(rings.length).toBeGreaterThan(5);
    expect(inRing([x, y], rings[0] ?? [])).toBe(true);
  });

  it('ignores an empty path and places no label for markers', () => {
    expect(labelPoint('')).toBeUndefined();
    const points = labelPoints(atlasLayout.shapes);
    expect(points.SGP).toBeUndefined();
    expect(Object.keys(points).length).toBeGreaterThan(150);
  });
});
