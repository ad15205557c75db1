import type { DrawnShape } from './world-shapes.ts';

/**
 * How to dim what a filter leaves out, with one layer over the map (the map itself is never
 * repainted). The cheaper of two equal pictures:
 * - `cover`: the whole map veiled, and the few countries kept drawn again on top (`keep`);
 * - `outline`: only the dimmed countries veiled, as one path (each outline starts with an absolute
 *   move, so they join as they are; one path, so neighbours share no seam) plus their markers.
 */
export type Veil =
  | { kind: 'cover'; keep: readonly string[] }
  | { kind: 'outline'; d: string; markers: readonly { id: string; x: number; y: number }[] };

/** The veil for `highlight` (the countries kept; null dims nothing, and needs no veil). */
export function veilOf(shapes: readonly DrawnShape[], highlight: ReadonlySet<string> | null): Veil | null {
  if (highlight === null) return null;
  const keep = shapes.filter((s) => highlight.has(s.id));
  if (keep.length <= shapes.length - keep.length) return { kind: 'cover', keep: keep.map((s) => s.id) };
  const outlines: string[] = [];
  const markers: { id: string; x: number; y: number }[] = [];
  for (const shape of shapes) {
    if (highlight.has(shape.id)) continue;
    if (shape.kind === 'marker') markers.push({ id: shape.id, x: shape.x, y: shape.y });
    else if (shape.d) outlines.push(shape.d);
  }
  return { kind: 'outline', d: outlines.join(' '), markers };
}
