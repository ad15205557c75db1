import { type GeoProjection, geoEqualEarth, geoNaturalEarth1 } from 'd3-geo';

/** Equal-area (Equal Earth) or compromise (Natural Earth) world projections. */
export type ProjectionName = 'equal-earth' | 'natural-earth';

export const projections: Record<ProjectionName, () => GeoProjection> = {
  'equal-earth': geoEqualEarth,
  'natural-earth': geoNaturalEarth1,
};
