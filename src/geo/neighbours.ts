import { neighbors } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { countryGeometries } from './atlas-fixes.ts';
import type { DrawnShape } from './world-shapes.ts';

/** Countries whose outlines share a border in the atlas (after its fixes), by id; symmetric. */
export function touchingCountries(topology: Topology): Map<string, Set<string>> {
  const parts = countryGeometries(topology);
  const touching = new Map<string, Set<string>>();
  neighbors(parts.map((p) => p.geometry)).forEach((others, i) => {
    const a = parts[i]?.id ?? '';
    for (const j of others) {
      const b = parts[j]?.id ?? '';
      if (a === b) continue;
      touching.set(a, (touching.get(a) ?? new Set()).add(b));
      touching.set(b, (touching.get(b) ?? new Set()).add(a));
    }
  });
  return touching;
}

/** How many nearest shapes a shape that touches none (an island, a small state) is linked to. */
const NEAREST = 2;

/** Gap between two shapes in map units: between main bounds, or a marker's point; 0 if they overlap. */
function gap(a: DrawnShape, b: DrawnShape): number {
  const [a0, a1, a2, a3] = a.kind === 'marker' ? [a.x, a.y, a.x, a.y] : a.box;
  const [b0, b1, b2, b3] = b.kind === 'marker' ? [b.x, b.y, b.x, b.y] : b.box;
  return Math.hypot(Math.max(0, b0 - a2, a0 - b2), Math.max(0, b1 - a3, a1 - b3));
}

/**
 * Each selectable shape's neighbours, as `near` on the shapes (the form `virtual:world` ships):
 * shapes whose outlines touch, and for a shape that touches none, its two nearest (by the gap
 * between their bounds, then between anchors). The relation is symmetric, so each pair is listed
 * once, on the earlier shape, as the later one's index in `shapes`.
 */
export function withNeighbours(
  shapes: DrawnShape[],
  touching: ReadonlyMap<string, ReadonlySet<string>>,
): DrawnShape[] {
  const selectable = shapes.filter((s) => s.interactive);
  const index = new Map(shapes.map((s, i) => [s.id, i]));
  const links = new Map<string, Set<string>>(selectable.map((s) => [s.id, new Set()]));
  const link = (a: string, b: string) => {
    links.get(a)?.add(b);
    links.get(b)?.add(a);
  };
  for (const s of selectable) {
    for (const other of touching.get(s.id) ?? []) if (links.has(other)) link(s.id, other);
  }
  for (const s of selectable) {
    if ([...(touching.get(s.id) ?? [])].some((other) => links.has(other))) continue;
    const distance = (o: DrawnShape) => [gap(s, o), Math.hypot(o.x - s.x, o.y - s.y)] as const;
    const nearest = selectable
      .filter((o) => o !== s)
      .map((o) => ({ id: o.id, by: distance(o) }))
      .sort((p, q) => p.by[0] - q.by[0] || p.by[1] - q.by[1])
      .slice(0, NEAREST);
    for (const o of nearest) link(s.id, o.id);
  }
  return shapes.map((s, i) => {
    const later = [...(links.get(s.id) ?? [])].map((id) => index.get(id) ?? -1).filter((j) => j > i);
    return later.length > 0 ? { ...s, near: later.sort((p, q) => p - q) } : s;
  });
}
