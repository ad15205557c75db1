import type { DrawnShape } from './world-shapes.ts';

/** Each shape's neighbours by id, read back from the pairs `near` lists once (neighbours.ts). */
export function neighbourIndex(shapes: readonly DrawnShape[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  const link = (a: string, b: string) => index.set(a, [...(index.get(a) ?? []), b]);
  shapes.forEach((shape, i) => {
    for (const j of shape.near ?? []) {
      const other = shapes[j];
      if (!other || j <= i) continue;
      link(shape.id, other.id);
      link(other.id, shape.id);
    }
  });
  return index;
}
