import { type GeoProjection, geoPath } from 'd3-geo';
import { relativePath } from './relative-path.ts';

/** Astana (the capital named in the article's time as Astana), [lon, lat]. */
export const ASTANA: [number, number] = [71.45, 51.17];

/**
 * Great-circle arcs from Astana to each anchor, as SVG path strings in map units. d3-geo draws a
 * LineString as a great arc (resampled and cut at the antimeridian), so this runs at build time.
 * Written with relative moves, like the countries' outlines: a third fewer bytes.
 */
export function arcPaths(
  projection: GeoProjection,
  anchors: ReadonlyMap<string, [number, number]>,
): Record<string, string> {
  const path = geoPath(projection).digits(1);
  const result: Record<string, string> = {};
  for (const [id, target] of anchors) {
    const d = path({ type: 'LineString', coordinates: [ASTANA, target] });
    if (d) result[id] = relativePath(d);
  }
  return result;
}
