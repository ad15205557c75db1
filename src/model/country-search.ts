import { collatorFor } from './collator.ts';

/** A searchable country: its English short name and the other names people type, in any language. */
export type SearchEntry = { id: string; name: string; alt?: readonly string[] | undefined };

/** A suggestion; `matched` is the alternative name that matched, to show why it is suggested. */
export type SearchHit = { id: string; name: string; matched?: string };

/** How suggestions are shown: each country's name and the order of names in the interface's language. */
export type ShownNames = { nameOf: (id: string) => string; locale: string };

const ENGLISH: ShownNames = { nameOf: () => '', locale: 'en' };

/** kk letters as someone without a kk keyboard layout types them: «Кытай» finds «Қытай». */
const KAZAKH_LETTERS: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
};

/**
 * Case-, accent- and punctuation-insensitive form, in any script: "Türkiye" and "turkiye" are one,
 * so are «Ёмкий» and «емкий», and «Қытай» and «Кытай».
 */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[әғқңөұүһі]/g, (letter) => KAZAKH_LETTERS[letter] ?? letter)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function score(name: string, q: string): number {
  if (name === q) return 0;
  if (name.startsWith(q)) return 1;
  if (name.split(' ').some((word) => word.startsWith(q))) return 2;
  return name.includes(q) ? 4 : Number.POSITIVE_INFINITY;
}

/**
 * Countries whose name or alternative matches `query`, best first: exact names ("UK", "USA"),
 * then name prefixes, word prefixes ("Korea" finds South Korea) and substrings; ties by name.
 * `shown` names the hits in the interface's language (and sorts them by its collation); the
 * English name then counts as an alternative. Without it, hits carry the English name.
 */
export function searchCountries(
  entries: readonly SearchEntry[],
  query: string,
  limit = 8,
  shown: ShownNames = ENGLISH,
): SearchHit[] {
  const q = normalise(query);
  if (q === '') return [];
  const hits: { hit: SearchHit; rank: number }[] = [];
  for (const entry of entries) {
    const name = shown.nameOf(entry.id) || entry.name;
    let rank = score(normalise(name), q);
    let matched: string | undefined;
    for (const alt of name === entry.name ? (entry.alt ?? []) : [entry.name, ...(entry.alt ?? [])]) {
      const altRank = score(normalise(alt), q) + (normalise(alt) === q ? 0 : 0.5);
      if (altRank < rank) {
        rank = altRank;
        matched = alt;
      }
    }
    if (rank !== Number.POSITIVE_INFINITY)
      hits.push({ hit: matched ? { id: entry.id, name, matched } : { id: entry.id, name }, rank });
  }
  const collator = collatorFor(shown.locale);
  return hits
    .sort((a, b) => a.rank - b.rank || collator.compare(a.hit.name, b.hit.name))
    .slice(0, limit)
    .map(({ hit }) => hit);
}
