import type { CSSProperties } from 'react';
import type { MapRelation } from '../model/country-status.ts';

/**
 * Okabe–Ito based, colour-blind-safe, and ordered in lightness (alliance darkest, not covered
 * lightest) so the relations stay apart in greyscale. Coverage is carried by patterns, not colour.
 */
export const relationColours: Record<MapRelation, string> = {
  home: '#E69F00',
  alliance: '#882255',
  'strategic-partnership': '#0072B2',
  cooperation: '#56B4E9',
  none: '#E4E4E4',
};

/** The palette as CSS custom properties (`--rel-alliance`, ...) for the stylesheet to use. */
export const paletteVariables = Object.fromEntries(
  Object.entries(relationColours).map(([relation, colour]) => [`--rel-${relation}`, colour]),
) as CSSProperties;
