import countries from 'world-countries';

/**
 * English short names and alternative spellings from world-countries, and the states small enough
 * that world-atlas 110m leaves them out (drawn as markers at the package's centre point).
 */
export const countryNames: ReadonlyMap<string, string> = new Map(
  countries.map((c) => [c.cca3, c.name.common]),
);

/** Other names people type: official name, alt spellings ("Kyrgyz Republic", "USA", "UK"). */
export const alternativeNames: ReadonlyMap<string, string[]> = new Map(
  countries.map((c) => [
    c.cca3,
    [
      ...new Set(
        [c.name.official, ...c.altSpellings].filter(
          (n) => n.length > 2 && /^[\p{Script=Latin}\s.,'()-]+$/u.test(n),
        ),
      ),
    ],
  ]),
);

/** UN member states and observer states as world-countries lists them, with their centre points. */
export const sovereignStates = countries
  .filter((c) => c.unMember || c.cca3 === 'PSE' || c.cca3 === 'VAT')
  .map((c) => ({ id: c.cca3, name: c.name.common, lat: c.latlng[0], lon: c.latlng[1] }));
