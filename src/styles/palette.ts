import type { MapRelation } from '../model/country-status.ts';

/**
 * Okabe–Ito based, colour-blind-safe, and ordered in lightness (alliance darkest, not covered
 * lightest) so the relations stay apart in greyscale. Coverage is carried by patterns, not colour.
 * base.css repeats these as `--rel-*` custom properties (CSS cannot import TS without inline
 * styles, which the Content-Security-Policy forbids); a unit test keeps the two equal.
 */
export const relationColours: Record<MapRelation, string> = {
  home: '#E69F00',
  alliance: '#882255',
  'strategic-partnership': '#0072B2',
  cooperation: '#56B4E9',
  none: '#E4E4E4',
};
