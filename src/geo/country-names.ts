import countries from 'world-countries';
import { RENAMED } from './renamed-countries.ts';

/**
 * English short names from world-countries, and the states small enough that world-atlas 110m
 * leaves them out (drawn as markers at the package's centre point). A country renamed after the
 * article's date keeps the article's name (renamed-countries.ts): the accessible name of Turkey
 * starts with "Turkey", as the article and the tour say.
 */
export const countryNames: ReadonlyMap<string, string> = new Map(
  countries.map((c) => [c.cca3, RENAMED.get(c.cca3)?.former ?? c.name.common]),
);

/** UN member states and observer states as world-countries lists them, with their centre points. */
export const sovereignStates = countries
  .filter((c) => c.unMember || c.cca3 === 'PSE' || c.cca3 === 'VAT')
  .map((c) => ({
    id: c.cca3,
    name: countryNames.get(c.cca3) ?? c.name.common,
    lat: c.latlng[0],
    lon: c.latlng[1],
  }));
