// @vitest-environment node -- pure geometry on the real atlases
import { geoCentroid, geoContains } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import atlas50 from 'world-atlas/countries-50m.json' with { type: 'json' };
import atlas110 from 'world-atlas/countries-110m.json' with { type: 'json' };
import { decodeCountries } from '../../../src/geo/atlas-fixes.ts';
import { dropRepeatedPoints } from '../../../src/geo/detail-layout.ts';
import { relativePath } from '../../../src/geo/relative-path.ts';
import { buildDetail, buildWorld } from '../../../src/geo/world-recipe.ts';
import { atlasLayout } from './atlas-layout.ts';
import { absolutePoints } from './path-points.ts';

const topology50 = atlas50 as unknown as Topology;
const coarse = decodeCountries(atlas110 as unknown as Topology);
const fine = decodeCountries(topology50);
const byId = new Map(fine.map((f) => [f.properties.id, f]));
const country = (id: string) => {
  const found = byId.get(id);
  if (!found) throw new Error(`no ${id} at 1:50m`);
  return found;
};
/** The raw 1:50m features as the atlas has them, before any fix. */
const raw = (
  feature(topology50, topology50.objects.countries as GeometryCollection) as unknown as {
    features: Feature<Polygon | MultiPolygon, { name: string }>[];
  }
).features;

describe('decodeCountries on the 1:50m atlas', () => {
  it('has every 1:110m country under the same id, and each id once', () => {
    const ids = fine.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    const missing = coarse.map((f) => f.properties.id).filter((id) => !byId.has(id));
    expect(missing).toEqual([]);
  });

  it('resolves the features without an id and the two 036 features', () => {
    expect(
      fine
        .filter((f) => f.properties.id.startsWith('inert:'))
        .map((f) => f.properties.id)
        .sort(),
    ).toEqual(['inert:Indian Ocean Territories', 'inert:Kosovo', 'inert:Siachen Glacier']);
    const ashmore = raw.find((f) => f.properties.name === 'Ashmore and Cartier Is.');
    if (!ashmore) throw new Error('the atlas changed: no Ashmore and Cartier');
    expect(geoContains(country('AUS'), geoCentroid(ashmore))).toBe(true);
    expect(geoContains(country('AUS'), [134, -25])).toBe(true);
    expect(geoContains(country('CYP'), [33.6, 35.3])).toBe(true); // N. Cyprus
    expect(geoContains(country('SOM'), [44.06, 9.56])).toBe(true); // Somaliland (Hargeisa)
  });

  it('draws Crimea with Ukraine at 1:50m too', () => {
    const simferopol: [number, number] = [34.1, 44.95];
    const kerch: [number, number] = [36.45, 45.35];
    for (const place of [simferopol, kerch]) {
      expect(geoContains(country('UKR'), place)).toBe(true);
      expect(geoContains(country('RUS'), place)).toBe(false);
    }
  });
});

describe('layoutDetail', () => {
  // The build's own recipe (world-recipe.ts), as the plugin runs it.
  const detail = buildDetail(topology50, buildWorld(atlas110 as unknown as Topology));
  const points = (d: string) => absolutePoints(d).reduce((n, ring) => n + ring.length, 0);
  const coarseShape = (id: string) => atlasLayout.shapes.find((s) => s.id === id);

  it('has a finer outline for every shape of the map, by the same id', () => {
    for (const shape of atlasLayout.shapes.filter((s) => s.kind === 'shape')) {
      const d = detail.paths[shape.id];
      expect(d, shape.id).toMatch(/^M[-\d. ]+l/);
    }
    const coarseKaz = relativePath(coarseShape('KAZ')?.d ?? '');
    expect(points(detail.paths.KAZ ?? '')).toBeGreaterThan(3 * points(coarseKaz));
    expect(detail.paths['inert:Kosovo']).toMatch(/^M/);
  });

  it("draws in the same place as the coarse map: Kazakhstan's box moves by under a unit", () => {
    const box = (d: string) => {
      const xy = absolutePoints(d).flat();
      return [
        Math.min(...xy.map((p) => p[0])),
        Math.min(...xy.map((p) => p[1])),
        Math.max(...xy.map((p) => p[0])),
        Math.max(...xy.map((p) => p[1])),
      ];
    };
    const coarseBox = box(relativePath(coarseShape('KAZ')?.d ?? ''));
    const fineBox = box(detail.paths.KAZ ?? '');
    for (const [i, v] of fineBox.entries()) expect(Math.abs(v - (coarseBox[i] ?? 0))).toBeLessThan(1);
  });

  it('gives small states drawn as markers their outline, and puts land the map has no element for in extra', () => {
    expect(coarseShape('SGP')?.kind).toBe('marker');
    expect(detail.paths.SGP).toMatch(/^M/);
    expect(detail.paths.HKG).toBeUndefined();
    expect(detail.extra.match(/M/g)?.length).toBeGreaterThan(20);
    expect(Object.keys(detail.paths).every((id) => atlasLayout.shapes.some((s) => s.id === id))).toBe(true);
  });
});

describe('dropRepeatedPoints', () => {
  it('drops a point that rounds to the one before it, and keeps rings and closes', () => {
    expect(dropRepeatedPoints('M1,2L1,2L3,4L3,4L1,2ZM5,6L5,6L7,8Z')).toBe('M1,2L3,4L1,2ZM5,6L7,8Z');
  });
});
