import { type GeoPath, type GeoPermissibleObjects, type GeoProjection, geoPath } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { CountryFeature } from './atlas-fixes.ts';
import { markerCells } from './marker-cells.ts';
import { type ProjectionName, projections } from './projections.ts';

/** [x0, y0, x1, y1] in map (viewBox) units. */
export type Box = [number, number, number, number];

/** One country as drawn: a projected outline, or a marker for a state too small for the atlas. */
export type DrawnShape = {
  id: string;
  name: string;
  kind: 'shape' | 'marker';
  /** Inert shapes (Kosovo) are drawn but are not countries of the dataset. */
  interactive: boolean;
  /** SVG path data; empty for markers. */
  d: string;
  /** Anchor for a marker, a tooltip, a label and keyboard navigation. */
  x: number;
  y: number;
  /** Bounds to zoom to: the main body of the country, so Russia and Fiji do not span the globe. */
  box: Box;
  /** UN M49 region id (kebab-case), added at build time for the region filter. */
  region?: string;
  /**
   * Markers only: SVG path of the marker's Voronoi cell among all markers (map units), where a press
   * is nearer to it than to any other marker; its hit area is this cell within a disc around it.
   */
  cell?: string;
  /** Other names people type (official name, "USA", "Kyrgyz Republic"), added at build time for search. */
  alt?: string[];
  /**
   * Indices in `shapes` of this shape's neighbours that come after it (src/geo/neighbours.ts); the
   * relation is symmetric, so each pair is listed once. The world owner reads them back.
   */
  near?: number[];
};

export type SmallState = { id: string; name: string; lon: number; lat: number };

export type WorldLayout = {
  width: number;
  height: number;
  shapes: DrawnShape[];
  /** The M49 regions that occur on the map, by name; added at build time for the region filter. */
  regions?: { id: string; name: string }[];
};

const round = (n: number) => Math.round(n * 10) / 10;

function polygonsOf(geometry: Polygon | MultiPolygon): Polygon[] {
  return geometry.type === 'Polygon'
    ? [geometry]
    : geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
}

type Ring = { area: number; box: Box };

/** Rings of a projected SVG path ("M x,y L x,y ... Z"), after the projection's antimeridian cut. */
export function ringsOfPath(d: string): Ring[] {
  return d
    .split('M')
    .filter(Boolean)
    .map((ring) => {
      const xy = ring
        .split(/[LZ]/)
        .filter(Boolean)
        .map((pair) => pair.split(',').map(Number) as [number, number]);
      let area = 0;
      const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
      xy.forEach(([x, y], i) => {
        const [nx, ny] = xy[(i + 1) % xy.length] ?? [x, y];
        area += x * ny - nx * y;
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x);
        box[3] = Math.max(box[3], y);
      });
      return { area: Math.abs(area) / 2, box };
    });
}

/**
 * Bounds of the largest drawn ring plus the rings near it (within 1% of the map width): zooming
 * to France frames France, not French Guiana too; Russia leaves Chukotka across the antimeridian
 * out, the United States Alaska and Hawaii, Fiji its far islands.
 */
export function mainBounds(d: string, mapWidth: number): Box {
  const rings = ringsOfPath(d).sort((a, b) => b.area - a.area);
  const first = rings[0];
  if (!first) return [0, 0, 0, 0];
  const box: Box = [...first.box];
  const near = mapWidth * 0.01;
  for (const ring of rings.slice(1)) {
    const gapX = Math.max(0, ring.box[0] - box[2], box[0] - ring.box[2]);
    const gapY = Math.max(0, ring.box[1] - box[3], box[1] - ring.box[3]);
    if (gapX + gapY > near) continue;
    box[0] = Math.min(box[0], ring.box[0]);
    box[1] = Math.min(box[1], ring.box[1]);
    box[2] = Math.max(box[2], ring.box[2]);
    box[3] = Math.max(box[3], ring.box[3]);
  }
  return box.map(round) as Box;
}

/** Anchor inside the largest part, so France's anchor is in Europe, not French Guiana. */
function anchorOf(path: GeoPath, geometry: Polygon | MultiPolygon): [number, number] {
  const largest = polygonsOf(geometry).reduce<{ area: number; polygon?: Polygon }>(
    (best, polygon) => {
      const area = path.area(polygon);
      return area > best.area ? { area, polygon } : best;
    },
    { area: -1 },
  );
  const [x = 0, y = 0] = largest.polygon ? path.centroid(largest.polygon) : [0, 0];
  return [round(x), round(y)];
}

/** The projection `layoutWorld` uses, fitted to the drawn countries (arcs reuse it at build time). */
export function fittedProjection(options: {
  countries: CountryFeature[];
  width: number;
  height: number;
  projection: ProjectionName;
}): GeoProjection {
  const collection: FeatureCollection = { type: 'FeatureCollection', features: options.countries };
  return projections[options.projection]().fitSize([options.width, options.height], collection);
}

/**
 * Projects the countries once (at build time) into path strings fitted to width × height,
 * plus markers for small states. The browser never decodes or projects the atlas.
 */
export function layoutWorld(options: {
  countries: CountryFeature[];
  smallStates: SmallState[];
  names: ReadonlyMap<string, string>;
  width: number;
  height: number;
  projection: ProjectionName;
}): WorldLayout {
  const { width, height } = options;
  const drawn = options.countries;
  const projection = fittedProjection(options);
  const path = geoPath(projection).digits(1);

  const shapes: DrawnShape[] = drawn.map((f) => {
    const [x, y] = anchorOf(path, f.geometry);
    const d = path(f as GeoPermissibleObjects) ?? '';
    return {
      id: f.properties.id,
      name: options.names.get(f.properties.id) ?? f.properties.name,
      kind: 'shape',
      interactive: !f.properties.id.startsWith('inert:'),
      d,
      x,
      y,
      box: mainBounds(d, width),
    };
  });
  const drawnIds = new Set(shapes.map((s) => s.id));
  const markers: DrawnShape[] = options.smallStates
    .filter((s) => !drawnIds.has(s.id))
    .map((s) => {
      const [px = 0, py = 0] = projection([s.lon, s.lat]) ?? [];
      const r = 6;
      // Keep markers of states at the map's edge (Samoa, Tonga) fully on the map.
      const x = Math.min(width - r, Math.max(r, px));
      const y = Math.min(height - r, Math.max(r, py));
      return {
        id: s.id,
        name: s.name,
        kind: 'marker',
        interactive: true,
        d: '',
        x: round(x),
        y: round(y),
        box: [0, 0, 0, 0], // below, from the nearest marker
      };
    });
  const cells = markerCells(markers, width, height);
  const withCells = markers.map((m, i) => {
    // The box reaches the nearest marker: framing (zoom-to-box.ts) zooms in until the two are far
    // enough apart on screen for each to own a 24×24 target. At most 13.5 units, what a frame at
    // zoom 8 shows: a lone state is framed in its region.
    const nearest = Math.min(
      13.5,
      ...markers.filter((o) => o !== m).map((o) => Math.hypot(o.x - m.x, o.y - m.y)),
    );
    const h = Math.max(0.5, nearest);
    const box: Box = [round(m.x - h), round(m.y - h), round(m.x + h), round(m.y + h)];
    return { ...m, box, cell: cells[i] ?? '' };
  });
  const byName = (a: DrawnShape, b: DrawnShape) => a.name.localeCompare(b.name, 'en');
  return { width, height, shapes: [...shapes.sort(byName), ...withCells.sort(byName)] };
}
