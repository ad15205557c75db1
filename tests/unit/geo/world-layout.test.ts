import { geoArea, geoContains } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import { decodeCountries } from '../../../src/geo/atlas-fixes.ts';
import { sovereignStates } from '../../../src/geo/country-names.ts';
import { atlasLayout } from './atlas-layout.ts';
import { absolutePoints } from './path-points.ts';

const countries = decodeCountries(atlas as unknown as Topology);
const byId = new Map(countries.map((f) => [f.properties.id, f]));
const layout = atlasLayout;
const shape = (id: string) => {
  const found = layout.shapes.find((s) => s.id === id);
  if (!found) throw new Error(`no shape ${id}`);
  return found;
};
const SIMFEROPOL: [number, number] = [34.1, 44.95];

describe('decodeCountries', () => {
  it('joins every feature to an ISO alpha-3 code, except the inert Kosovo', () => {
    const ids = countries.map((f) => f.properties.id);
    expect(ids.filter((id) => !/^[A-Z]{3}$/.test(id))).toEqual(['inert:Kosovo']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(byId.get('RUS')?.properties.name).toBe('Russia');
  });

  it('draws Crimea as part of Ukraine, not Russia (UN GA resolution 68/262)', () => {
    const ukraine = byId.get('UKR');
    const russia = byId.get('RUS');
    if (!ukraine || !russia) throw new Error('missing');
    expect(geoContains(ukraine, SIMFEROPOL)).toBe(true);
    expect(geoContains(russia, SIMFEROPOL)).toBe(false);
    // Ukraine gains roughly Crimea's 27 000 km² (in steradians × R²).
    const km2 = (f: typeof ukraine) => geoArea(f) * 6371 ** 2;
    expect(km2(ukraine)).toBeGreaterThan(600_000);
  });

  it('draws N. Cyprus with Cyprus and Somaliland with Somalia', () => {
    const nicosiaNorth: [number, number] = [33.6, 35.3];
    const hargeisa: [number, number] = [44.06, 9.56];
    const cyprus = byId.get('CYP');
    const somalia = byId.get('SOM');
    if (!cyprus || !somalia) throw new Error('missing');
    expect(geoContains(cyprus, nicosiaNorth)).toBe(true);
    expect(geoContains(somalia, hargeisa)).toBe(true);
  });
});

describe('layoutWorld', () => {
  it('draws every UN member state, small ones as markers', () => {
    const drawn = new Set(layout.shapes.map((s) => s.id));
    const missing = sovereignStates.filter((s) => !drawn.has(s.id)).map((s) => s.id);
    expect(missing).toEqual([]);
    expect(shape('SGP').kind).toBe('marker');
    expect(shape('MLT').kind).toBe('marker');
    expect(shape('KAZ').kind).toBe('shape');
  });

  it('fits the map inside the viewBox and leaves Antarctica out', () => {
    expect(layout.shapes.some((s) => s.id === 'ATA')).toBe(false);
    for (const s of layout.shapes) {
      expect(s.x).toBeGreaterThanOrEqual(-1);
      expect(s.x).toBeLessThanOrEqual(1001);
      expect(s.y).toBeGreaterThanOrEqual(-1);
      expect(s.y).toBeLessThanOrEqual(481);
    }
  });

  it('zoom bounds keep Russia and Fiji compact instead of spanning the antimeridian', () => {
    const [rx0, , rx1] = shape('RUS').box;
    expect(rx1 - rx0).toBeLessThan(400);
    expect(rx0).toBeGreaterThan(450);
    const [fx0, , fx1] = shape('FJI').box;
    expect(fx1 - fx0).toBeLessThan(40);
    // France without French Guiana; the contiguous United States without Alaska and Hawaii.
    const [frx0, , frx1] = shape('FRA').box;
    expect(frx1 - frx0).toBeLessThan(40);
    const [ux0, , ux1] = shape('USA').box;
    expect(ux0).toBeGreaterThan(150);
    expect(ux1 - ux0).toBeLessThan(200);
  });

  it('anchors France in Europe, not in French Guiana', () => {
    const france = shape('FRA');
    const germany = shape('DEU');
    expect(Math.abs(france.x - germany.x)).toBeLessThan(30);
    expect(Math.abs(france.y - germany.y)).toBeLessThan(30);
  });

  it('uses English short names from world-countries, not the atlas abbreviations', () => {
    expect(shape('BIH').name).toBe('Bosnia and Herzegovina');
    expect(shape('USA').name).toBe('United States');
  });
});

describe('small-state hit cells', () => {
  const markers = layout.shapes.filter((s) => s.kind === 'marker');
  /** Whether (x, y) is inside the convex cell path (same side of every edge). */
  const inside = (cell: string, x: number, y: number) => {
    const points = absolutePoints(cell)[0] ?? [];
    const sides = points.map(([ax, ay], i) => {
      const [bx, by] = points[(i + 1) % points.length] as [number, number];
      return Math.sign((bx - ax) * (y - ay) - (by - ay) * (x - ax));
    });
    return sides.every((s) => s >= 0) || sides.every((s) => s <= 0);
  };

  it('gives every marker the cell of the points nearer to it than to any other marker', () => {
    expect(markers.length).toBeGreaterThan(20);
    for (const m of markers) {
      expect(m.cell, m.id).toMatch(/^M[-\d. ]+l[-\d. ]+z$/);
      expect(absolutePoints(m.cell ?? '')).toHaveLength(1);
      expect(inside(m.cell ?? '', m.x, m.y), m.id).toBe(true);
      // Saint Lucia's cell holds the point just beside it, not Saint Vincent's centre 2.4 units away.
      for (const other of markers) {
        if (other !== m) expect(inside(m.cell ?? '', other.x, other.y), `${m.id} ${other.id}`).toBe(false);
      }
    }
  });

  it('frames a marker with a box that reaches its nearest marker, at most 13.5 units', () => {
    const half = (id: string) => {
      const [x0, , x1] = shape(id).box;
      return (x1 - x0) / 2;
    };
    // Saint Lucia and Saint Vincent are 2.4 units apart; Singapore has no marker near.
    expect(half('LCA')).toBeCloseTo(2.4, 0);
    expect(half('VCT')).toBeCloseTo(2.4, 0);
    expect(half('SGP')).toBe(13.5);
  });
});
