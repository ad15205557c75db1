import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature, merge } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { numericToAlpha3, unidentifiedFeatures, unidentifiedFineFeatures } from './atlas-ids.ts';

type CountryGeometry = GeometryObject<{ name?: string }>;

const nameOf = (g: CountryGeometry): string => (g.properties as { name?: string } | undefined)?.name ?? '';

/** One topology geometry as GeoJSON. */
function decode(topology: Topology, geometry: CountryGeometry): Polygon | MultiPolygon {
  return (feature(topology, geometry) as Feature<Polygon | MultiPolygon>).geometry;
}

/** A country outline keyed by ISO alpha-3 (or `inert:<name>` for a feature we draw but do not join). */
export type CountryFeature = Feature<Polygon | MultiPolygon, { id: string; name: string }>;

const CRIMEA_BOX = { west: 32, east: 37, south: 44, north: 46.5 };

function isCrimea(topology: Topology, arcs: number[][]): boolean {
  const ring = decode(topology, { type: 'Polygon', arcs }) as Polygon;
  return (ring.coordinates[0] ?? []).every(
    ([lon = 0, lat = 0]) =>
      lon >= CRIMEA_BOX.west && lon <= CRIMEA_BOX.east && lat >= CRIMEA_BOX.south && lat <= CRIMEA_BOX.north,
  );
}

/** The atlas's geometries grouped by the country they are drawn as, with the fixes applied. */
type Grouped = {
  byAlpha3: Map<string, CountryGeometry[]>;
  inert: { name: string; geometry: CountryGeometry }[];
};

function groupByCountry(topology: Topology): Grouped {
  const collection = topology.objects.countries;
  if (collection?.type !== 'GeometryCollection') throw new Error('atlas: no countries object');
  const geometries = collection.geometries as CountryGeometry[];
  const byAlpha3 = new Map<string, CountryGeometry[]>();
  const inert: Grouped['inert'] = [];

  for (const geometry of geometries) {
    const numeric = geometry.id === undefined ? undefined : String(geometry.id);
    let alpha3 = numeric ? numericToAlpha3.get(numeric) : undefined;
    if (!alpha3) {
      const rule = unidentifiedFeatures[nameOf(geometry)] ?? unidentifiedFineFeatures[nameOf(geometry)];
      if (!rule) throw new Error(`atlas: feature ${numeric ?? nameOf(geometry)} has no ISO code`);
      if ('inert' in rule) {
        inert.push({ name: rule.inert, geometry });
        continue;
      }
      alpha3 = rule.mergeInto;
    }
    byAlpha3.set(alpha3, [...(byAlpha3.get(alpha3) ?? []), geometry]);
  }

  moveCrimeaToUkraine(topology, byAlpha3);
  return { byAlpha3, inert };
}

/**
 * Every topology geometry with the id of the country it is drawn as (Crimea's with Ukraine's,
 * Somaliland's with Somalia's, Kosovo's as `inert:Kosovo`): what shares arcs with what, for
 * neighbours.
 */
export function countryGeometries(topology: Topology): { id: string; geometry: GeometryObject }[] {
  const { byAlpha3, inert } = groupByCountry(topology);
  return [
    ...[...byAlpha3].flatMap(([id, parts]) => parts.map((geometry) => ({ id, geometry }))),
    ...inert.map(({ name, geometry }) => ({ id: `inert:${name}`, geometry })),
  ];
}

/**
 * Decodes `countries` of a world-atlas topology into features keyed by ISO alpha-3, with the fixes
 * the app documents in About: Crimea belongs to Ukraine (UN GA resolution 68/262), N. Cyprus and
 * Somaliland are drawn with Cyprus and Somalia, Kosovo is drawn but inert. Works on the 1:110m and
 * the 1:50m atlas alike (at 1:50m, `036` is Australia and Ashmore and Cartier: one feature).
 */
export function decodeCountries(topology: Topology): CountryFeature[] {
  const { byAlpha3, inert } = groupByCountry(topology);
  const features: CountryFeature[] = [];
  for (const [id, parts] of byAlpha3) {
    const name = parts[0] ? nameOf(parts[0]) : id;
    const geometry =
      parts.length === 1 && parts[0]
        ? decode(topology, parts[0])
        : merge(topology, parts as Parameters<typeof merge>[1]);
    features.push({ type: 'Feature', geometry, properties: { id, name } });
  }
  const properties = (name: string) => ({ id: `inert:${name}`, name });
  return [
    ...features,
    ...inert.map(({ name, geometry }) => ({
      type: 'Feature' as const,
      geometry: decode(topology, geometry),
      properties: properties(name),
    })),
  ];
}

function moveCrimeaToUkraine(topology: Topology, byAlpha3: Map<string, CountryGeometry[]>): void {
  const russia = byAlpha3.get('RUS')?.[0];
  const ukraine = byAlpha3.get('UKR')?.[0];
  if (!russia || !ukraine || russia.type !== 'MultiPolygon') return;
  const crimea = russia.arcs.find((polygon) => isCrimea(topology, polygon));
  if (!crimea) return;
  byAlpha3.set('RUS', [{ ...russia, arcs: russia.arcs.filter((polygon) => polygon !== crimea) }]);
  byAlpha3.set('UKR', [ukraine, { type: 'Polygon', arcs: crimea, properties: { name: 'Crimea' } }]);
}
