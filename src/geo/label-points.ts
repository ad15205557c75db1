import polylabel from 'polylabel';
import type { DrawnShape } from './world-shapes.ts';

/**
 * Where a country's name goes, in map units: the centre of the widest ellipse found inside its
 * largest part, and that ellipse's half-width and half-height (how much text fits there).
 */
export type LabelPoint = [x: number, y: number, rx: number, ry: number];

type Point = [number, number];

/** The rings of a projected, absolute SVG path ("Mx,yLx,y…Z"), as d3-geo writes it. */
export function pathRings(d: string): Point[][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((ring) =>
      ring
        .split(/[LZ]/)
        .filter(Boolean)
        .map((pair) => pair.split(',').map(Number) as Point),
    );
}

const ringArea = (ring: Point[]) =>
  Math.abs(
    ring.reduce((sum, [x, y], i) => {
      const [nx, ny] = ring[(i + 1) % ring.length] ?? [x, y];
      return sum + x * ny - nx * y;
    }, 0),
  ) / 2;

/** Even-odd test: is `point` inside `ring`? */
export function inRing([px, py]: Point, ring: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] ?? [0, 0];
    const [xj, yj] = ring[j] ?? [0, 0];
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const round = (n: number) => Math.round(n * 10) / 10;
/** Squash limits: past 1:12 a shape is a line, and its label needs a leader, not an ellipse. */
const MAX_ASPECT = 12;

/**
 * The label point of a projected outline: its largest ring (with the rings inside it as holes) is
 * squashed to a square bounding box, polylabel finds the point farthest from its edges, and the
 * circle there unsquashes into an ellipse shaped like the country (owid-grapher's recipe), so a
 * wide country gets a wide label room. Projected units throughout, so `precision` means the same
 * everywhere. Undefined for an empty path.
 */
export function labelPoint(d: string): LabelPoint | undefined {
  const rings = pathRings(d).filter((r) => r.length >= 3);
  const outer = rings.reduce<Point[] | undefined>(
    (best, ring) => (!best || ringArea(ring) > ringArea(best) ? ring : best),
    undefined,
  );
  if (!outer) return undefined;
  const holes = rings.filter((r) => r !== outer && r[0] && inRing(r[0], outer));
  const xs = outer.map((p) => p[0]);
  const ys = outer.map((p) => p[1]);
  const width = Math.max(...xs) - Math.min(...xs);
  const height = Math.max(...ys) - Math.min(...ys);
  if (!(width > 0 && height > 0)) return undefined;
  const aspect = Math.min(MAX_ASPECT, Math.max(1 / MAX_ASPECT, width / height));
  const s = Math.sqrt(aspect);
  const squash = (ring: Point[]) => ring.map(([x, y]): Point => [x / s, y * s]);
  const side = Math.min(width / s, height * s);
  const found = polylabel([squash(outer), ...holes.map(squash)], Math.max(0.01, side / 100));
  const [x, y] = [found[0] * s, found[1] / s];
  if (!(found.distance > 0)) return undefined;
  return [round(x), round(y), round(found.distance * s), round(found.distance / s)];
}

/** Every outline's label point, by id (markers have none: their label sits beside the dot). */
export function labelPoints(shapes: readonly DrawnShape[]): Record<string, LabelPoint> {
  const points: Record<string, LabelPoint> = {};
  for (const shape of shapes) {
    const point = shape.kind === 'shape' ? labelPoint(shape.d) : undefined;
    if (point) points[shape.id] = point;
  }
  return points;
}
