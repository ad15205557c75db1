import type { GeoProjection } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { type ArcData, arcPaths, type LonLat } from './arc-paths.ts';
import { decodeCountries } from './atlas-fixes.ts';
import { countryNames, sovereignStates } from './country-names.ts';
import { type DetailLayout, layoutDetail } from './detail-layout.ts';
import { m49RegionsByCountry } from './m49-regions.ts';
import { touchingCountries, withNeighbours } from './neighbours.ts';
import type { ProjectionName } from './projections.ts';
import { relativePath } from './relative-path.ts';
import { searchAlternatives } from './search-names.ts';
import { type DrawnShape, fittedProjection, layoutWorld, type WorldLayout } from './world-shapes.ts';

/** The map's viewBox. The SVG scales to the viewport, so this is a shape, not a size. */
export const MAP_SIZE = { width: 1000, height: 480 } as const;

/** Left off the map: Antarctica. */
const EXCLUDED: readonly string[] = ['ATA'];

const PROJECTION: ProjectionName = 'equal-earth';

/** The world as the build makes it: what the browser receives, and the projection that made it. */
export type BuiltWorld = { layout: WorldLayout; projection: GeoProjection };

/**
 * Each shape's UN M49 region and the other names people search it by, and the regions that
 * occur on the map, by name (for the region filter).
 */
function withRegionsAndSearchNames(shapes: DrawnShape[]): Required<Pick<WorldLayout, 'shapes' | 'regions'>> {
  const regionOf = m49RegionsByCountry();
  const alternatives = searchAlternatives();
  const regions = new Map<string, string>();
  const named = shapes.map((shape) => {
    const region = regionOf.get(shape.id);
    if (region && shape.interactive) regions.set(region.id, region.name);
    const alt = alternatives.get(shape.id);
    return { ...shape, ...(region ? { region: region.id } : {}), ...(alt?.length ? { alt } : {}) };
  });
  const list = [...regions].map(([id, name]) => ({ id, name }));
  return { shapes: named, regions: list.sort((a, b) => a.name.localeCompare(b.name, 'en')) };
}

/**
 * The recipe for the map, run at build time on a world-atlas topology (`countries-110m.json`):
 * decode with the atlas fixes (atlas-fixes.ts), leave Antarctica out, project with Equal Earth
 * fitted to MAP_SIZE, add markers for small states, then each shape's region, search names and
 * neighbours. Label points (label-points.ts) are computed from these shapes into a file of their
 * own, which the page loads after the first view.
 */
export function buildWorld(topology: Topology): BuiltWorld {
  const countries = decodeCountries(topology).filter((f) => !EXCLUDED.includes(f.properties.id));
  const options = { countries, ...MAP_SIZE, projection: PROJECTION };
  const drawn = layoutWorld({ ...options, smallStates: sovereignStates, names: countryNames });
  const { shapes, regions } = withRegionsAndSearchNames(drawn.shapes);
  const layout = { ...drawn, shapes: withNeighbours(shapes, touchingCountries(topology)), regions };
  return { layout, projection: fittedProjection(options) };
}

/** The map as `buildWorld` lays it out (absolute outlines, as d3-geo writes them). */
export const buildWorldLayout = (topology: Topology): WorldLayout => buildWorld(topology).layout;

/**
 * The world as `virtual:world` ships it: outlines as compact relative paths, or none at all
 * (`withPaths: false`) when the prerendered index.html carries them and boot reads them back;
 * without search's other names (`shippedSearchNames`).
 */
export function shippedWorld(layout: WorldLayout, withPaths: boolean): WorldLayout {
  const shapes = layout.shapes.map(({ alt: _searchOnly, ...shape }) => ({
    ...shape,
    d: withPaths ? relativePath(shape.d) : '',
  }));
  return { ...layout, shapes };
}

/**
 * The other names people type, by shape id (`alt`: "USA", "Kyrgyz Republic"), shipped apart from
 * the world: only search needs them, and only once someone searches (a quarter of the world file).
 */
export function shippedSearchNames(layout: WorldLayout): Record<string, string[]> {
  return Object.fromEntries(layout.shapes.flatMap((s) => (s.alt?.length ? [[s.id, s.alt]] : [])));
}

/** Degrees to 0.001 (about 100 m): finer than the map can show. */
const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Great-circle arcs from `from` (a dataset's capital, or none) to every selectable country's
 * anchor, projected like the map, with the anchors and projection so the browser can draw them
 * from another capital.
 */
export function worldArcs({ layout, projection }: BuiltWorld, from: LonLat | null): ArcData {
  const anchors: Record<string, LonLat> = {};
  for (const shape of layout.shapes) {
    const lonLat = shape.interactive ? projection.invert?.([shape.x, shape.y]) : null;
    if (lonLat) anchors[shape.id] = [round(lonLat[0]), round(lonLat[1])];
  }
  return {
    from,
    paths: from ? arcPaths(projection, from, Object.entries(anchors)) : {},
    anchors,
    scale: projection.scale(),
    translate: projection.translate(),
  };
}

/**
 * The 1:50m atlas (`countries-50m.json`) with the same fixes and exclusions, projected like the
 * built map and keyed by its ids (detail-layout.ts): the outlines drawn when the map is zoomed in.
 */
export function buildDetail(topology: Topology, { layout, projection }: BuiltWorld): DetailLayout {
  const countries = decodeCountries(topology).filter((f) => !EXCLUDED.includes(f.properties.id));
  return layoutDetail({ countries, projection, shapes: layout.shapes });
}
