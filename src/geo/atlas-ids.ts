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
