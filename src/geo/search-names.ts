import countries from 'world-countries';
import { normalise } from '../model/country-search.ts';
import { RENAMED } from './renamed-countries.ts';

const LATIN = /^[\p{Script=Latin}\s.,'()-]+$/u;

/**
 * Names people type for each country besides its English short name: the official name and the
 * Latin-script alternative spellings ("Kyrgyz Republic", "Republic of Korea", "USA", "UK",
 * "Republic of Turkey"). Not the two-letter ISO code: it is not a name, and while a person typed
 * "ch" for China it put Switzerland (CH) first. Not a spelling search already matches through an
 * earlier one ("Turkiye" after "Türkiye"): search compares normalised names. Computed at build
 * time into `virtual:world`.
 */
export function searchAlternatives(): Map<string, string[]> {
  return new Map(
    countries.map((c) => {
      const seen = new Set([normalise(RENAMED.get(c.cca3)?.former ?? c.name.common)]);
      const alternatives = [c.name.common, c.name.official, ...c.altSpellings].filter((n) => {
        if (n === c.cca2 || n.length < 2 || !LATIN.test(n) || seen.has(normalise(n))) return false;
        seen.add(normalise(n));
        return true;
      });
      return [c.cca3, alternatives];
    }),
  );
}
