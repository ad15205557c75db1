import type { Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import { buildWorldLayout } from '../../../src/geo/world-recipe.ts';

/** The map exactly as the build lays it out (src/geo/world-recipe.ts), before it is shipped. */
export const atlasLayout = buildWorldLayout(atlas as unknown as Topology);
