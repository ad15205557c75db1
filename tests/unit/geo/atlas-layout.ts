import type { Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import { decodeCountries } from '../../../src/geo/atlas-fixes.ts';
import { countryNames, sovereignStates } from '../../../src/geo/country-names.ts';
import { layoutWorld } from '../../../src/geo/world-shapes.ts';

/** The map as the build lays it out (110m atlas, Equal Earth, 1000x480, Antarctica left out). */
export const atlasLayout = layoutWorld({
  countries: decodeCountries(atlas as unknown as Topology),
  smallStates: sovereignStates,
  names: countryNames,
  width: 1000,
  height: 480,
  projection: 'equal-earth',
  exclude: ['ATA'],
});
