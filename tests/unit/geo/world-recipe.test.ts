import layout from 'virtual:world';
import { geoContains } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import { decodeCountries } from '../../../src/geo/atlas-fixes.ts';
import { buildWorld, shippedSearchNames, shippedWorld, worldArcs } from '../../../src/geo/world-recipe.ts';
import { atlasLayout } from './atlas-layout.ts';

describe('the world recipe is the one the build runs', () => {
  it('serves virtual:world as the recipe makes it, outlines as relative paths', () => {
    expect(layout).toEqual(shippedWorld(atlasLayout, true));
    expect(layout.shapes.find((s) => s.id === 'KAZ')?.d).toMatch(/^M[\d.]+[ -][\d.]+l/);
  });

  it('ships no outlines when the prerendered page carries them, and nothing else differs', () => {
    const bare = shippedWorld(atlasLayout, false);
    expect(bare.shapes.every((s) => s.d === '')).toBe(true);
    expect(bare.shapes.map(({ d: _, ...rest }) => rest)).toEqual(
      atlasLayout.shapes.map(({ d: _, alt: _searchOnly, ...rest }) => rest),
    );
  });

  it("ships search's other names apart from the world, every one of them", () => {
    expect(shippedWorld(atlasLayout, true).shapes.some((s) => 'alt' in s)).toBe(false);
    const names = shippedSearchNames(atlasLayout);
    expect(names.KGZ).toContain('Kyrgyz Republic');
    for (const shape of atlasLayout.shapes) expect(names[shape.id] ?? []).toEqual(shape.alt ?? []);
  });

  it('anchors the arcs inside their countries, in the projection the map was made with', () => {
    const built = buildWorld(atlas as unknown as Topology);
    const arcs = worldArcs(built, [71.4, 51.2]);
    const kyrgyzstan = decodeCountries(atlas as unknown as Topology).find((f) => f.properties.id === 'KGZ');
    if (!kyrgyzstan || !arcs.anchors.KGZ) throw new Error('missing');
    expect(geoContains(kyrgyzstan, arcs.anchors.KGZ)).toBe(true);
    expect(arcs.paths.KGZ).toMatch(/^M/);
    expect(worldArcs(built, null).paths).toEqual({});
  });
});
