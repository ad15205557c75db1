import { type GeoProjection, geoEqualEarth, geoPath } from 'd3-geo';
import { relativePath } from './relative-path.ts';

/** [lon, lat] in degrees. */
export type LonLat = [number, number];

/**
 * The arcs' data: the paths projected at build time from the built-in dataset's capital, and what
 * it takes to project them again in the browser from another capital (a loaded dataset's).
 */
export type ArcData = {
  /** The capital the `paths` start from; null when the built-in dataset names none. */
  from: LonLat | null;
  /** SVG path of the great-circle arc to each country, by ISO alpha-3, in map units. */
  paths: Record<string, string>;
  /** Each country's anchor, by ISO alpha-3. */
  anchors: Record<string, LonLat>;
  /** The map's Equal Earth projection, as fitted to the map at build time. */
  scale: number;
  translate: [number, number];
};

/**
 * Great-circle arcs from `from` to each anchor, as SVG path strings in map units. d3-geo draws a
 * LineString as a great arc (resampled and cut at the antimeridian). Written with relative moves,
 * like the countries' outlines: a third fewer bytes.
 */
export function arcPaths(
  projection: GeoProjection,
  from: LonLat,
  anchors: Iterable<[string, LonLat]>,
): Record<string, string> {
  const path = geoPath(projection).digits(1);
  const result: Record<string, string> = {};
  for (const [id, target] of anchors) {
    const d = path({ type: 'LineString', coordinates: [from, target] });
    if (d) result[id] = relativePath(d);
  }
  return result;
}

/** The arcs from another capital, projected in the browser exactly as the build projected the map. */
export function arcsFrom(data: ArcData, from: LonLat): Record<string, string> {
  const projection = geoEqualEarth().scale(data.scale).translate(data.translate);
  return arcPaths(projection, from, Object.entries(data.anchors));
}
