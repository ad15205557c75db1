import countries from 'world-countries';
import { RENAMED } from './renamed-countries.ts';

const LATIN = /^[\p{Script=Latin}\s.,'()-]+$/u;

/**
 * Names people type for each country besides its English short name: the official name and the
 * Latin-script alternative spellings ("Kyrgyz Republic", "Republic of Korea", "USA", "UK",
 * "Republic of Turkey"). Computed at build time into `virtual:world`.
 */
export function searchAlternatives(): Map<string, string[]> {
  return new Map(
    countries.map((c) => [
      c.cca3,
      [...new Set([c.name.common, c.name.official, ...c.altSpellings])].filter(
        (n) => n !== (RENAMED.get(c.cca3)?.former ?? c.name.common) && n.length >= 2 && LATIN.test(n),
      ),
    ]),
  );
}
