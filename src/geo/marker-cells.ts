import { Delaunay } from 'd3-delaunay';
import { relativePath } from './relative-path.ts';

/**
 * For each point, its Voronoi cell within [0, 0, width, height] as relative SVG path data (map
 * units, one decimal): the points nearer to it than to any other. A small state's marker takes
 * pointer input in its cell, so a press goes to the nearest marker's centre, never to a neighbour
 * drawn on top of it.
 */
export function markerCells(
  points: readonly { x: number; y: number }[],
  width: number,
  height: number,
): string[] {
  const voronoi = Delaunay.from(
    points,
    (p) => p.x,
    (p) => p.y,
  ).voronoi([0, 0, width, height]);
  return points.map((_, i) => {
    const polygon = voronoi.cellPolygon(i);
    if (!polygon) return '';
    // The polygon repeats its first vertex at the end; Z closes it. Written like the countries'
    // paths (relative, one decimal): these cells are in the first view's HTML.
    const [first, ...rest] = polygon.slice(0, -1).map(([x, y]) => `${x},${y}`);
    return relativePath(`M${first}L${rest.join('L')}Z`);
  });
}
