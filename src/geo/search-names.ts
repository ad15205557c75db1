import countries from 'world-countries';
import { normalise } from '../model/country-search.ts';
import { otherLanguageNames } from './localised-names.ts';
import { RENAMED } from './renamed-countries.ts';

const LATIN = /^[\p{Script=Latin}\s.,'()-]+$/u;

/**
 * Names people type for each country besides its English short name: the official name and the
 * Latin-script alternative spellings ("Kyrgyz Republic", "Republic of Korea", "USA", "UK",
 * "Republic of Turkey"), then its ru and kk names and their variants («Россия», «Ресей»,
 * «Киргизия», «АҚШ»: localised-names.ts), so search finds them whatever the interface's language. Not the two-letter ISO code: it is not a name, and while a person typed
 * "ch" for China it put Switzerland (CH) first. Not a spelling search already matches through an
 * earlier one ("Turkiye" after "Türkiye"): search compares normalised names. Computed at build
 * time into `virtual:world`.
 */
export function searchAlternatives(): Map<string, string[]> {
  return new Map(
    countries.map((c) => {
      const seen = new Set([normalise(RENAMED.get(c.cca3)?.former ?? c.name.common)]);
      const latin = [c.name.common, c.name.official, ...c.altSpellings].filter(
        (n) => n !== c.cca2 && n.length >= 2 && LATIN.test(n),
      );
      const alternatives = [...latin, ...otherLanguageNames(c.cca3)].filter((n) => {
        if (seen.has(normalise(n))) return false;
        seen.add(normalise(n));
        return true;
      });
      return [c.cca3, alternatives];
    }),
  );
}
