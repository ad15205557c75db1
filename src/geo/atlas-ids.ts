import countries from 'world-countries';

/**
 * ISO 3166-1 numeric -> alpha-3, from world-countries' ISO table (UN M49 alone lacks Taiwan).
 * world-atlas ids are numeric strings with leading zeros, e.g. "004", as is `ccn3`.
 */
export const numericToAlpha3: ReadonlyMap<string, string> = new Map(
  countries.filter((c) => c.ccn3).map((c) => [c.ccn3, c.cca3]),
);

/**
 * Atlas features without an ISO id, by their Natural Earth name, and what we do with them:
 * - "N. Cyprus" is drawn as part of Cyprus and "Somaliland" as part of Somalia, as the UN recognises.
 * - "Kosovo" has no ISO 3166-1 code; it is drawn, but not interactive (the article does not cover it).
 */
export const unidentifiedFeatures: Record<string, { mergeInto: string } | { inert: string }> = {
  'N. Cyprus': { mergeInto: 'CYP' },
  Somaliland: { mergeInto: 'SOM' },
  Kosovo: { inert: 'Kosovo' },
};

/**
 * Features without an ISO id that only the 1:50m atlas has, drawn when zoomed in. Both are inert,
 * like Kosovo: "Indian Ocean Ter." is Christmas Island and the Cocos Islands together (two ISO
 * codes, one feature), and "Siachen Glacier" is in Kashmir, whose status the Security Council left
 * to a settlement (resolution 47, 1948); the 1:110m atlas has neither as a feature of its own.
 */
export const unidentifiedFineFeatures: Record<string, { inert: string }> = {
  'Indian Ocean Ter.': { inert: 'Indian Ocean Territories' },
  'Siachen Glacier': { inert: 'Siachen Glacier' },
};
