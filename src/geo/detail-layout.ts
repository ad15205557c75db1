import { type GeoPermissibleObjects, type GeoProjection, geoPath } from 'd3-geo';
import type { CountryFeature } from './atlas-fixes.ts';
import { relativePath } from './relative-path.ts';
import type { DrawnShape } from './world-shapes.ts';

/**
 * The map's outlines from a finer atlas (1:50m), in the coarse map's projection, by the ids the map
 * already draws: a shape's `d` is swapped, never an element added or taken away.
 */
export type DetailLayout = {
  /** Relative SVG path by shape id: every shape and inert shape of the coarse map, and small states it drew as markers. */
  paths: Record<string, string>;
  /**
   * Land the coarse map does not draw (territories with no shape of their own there, such as Hong
   * Kong or the Faroe Islands): one inert path, so zooming in shows no hole in the sea.
   */
  extra: string;
};

/** A d3 "M x,y L x,y … Z" path without the points that round to the point before them. */
export function dropRepeatedPoints(d: string): string {
  let previous = '';
  return d.replace(/([MLZ])([^MLZ]*)/g, (segment, command: string, point: string) => {
    if (command === 'L' && point === previous) return '';
    if (command !== 'Z') previous = point;
    return segment;
  });
}

/**
 * Projects `countries` (decoded from a finer atlas with the same fixes) with the coarse map's
 * `projection`, keyed like `shapes` (the coarse map's layout). Countries the coarse map has no
 * element for go into `extra`; a coarse shape the finer atlas lacks keeps its coarse outline.
 */
export function layoutDetail(options: {
  countries: CountryFeature[];
  projection: GeoProjection;
  shapes: readonly DrawnShape[];
}): DetailLayout {
  const path = geoPath(options.projection).digits(1);
  const known = new Set(options.shapes.map((s) => s.id));
  const paths: Record<string, string> = {};
  const extra: string[] = [];
  for (const country of options.countries) {
    const d = relativePath(dropRepeatedPoints(path(country as GeoPermissibleObjects) ?? ''));
    if (known.has(country.properties.id)) paths[country.properties.id] = d;
    else if (d) extra.push(d);
  }
  for (const shape of options.shapes)
    if (shape.kind === 'shape' && paths[shape.id] === undefined) paths[shape.id] = relativePath(shape.d);
  return { paths, extra: extra.join('') };
}
