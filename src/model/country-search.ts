/** A searchable country: its English short name and the other names people type. */
export type SearchEntry = { id: string; name: string; alt?: readonly string[] | undefined };

/** A suggestion; `matched` is the alternative name that matched, to show why it is suggested. */
export type SearchHit = { id: string; name: string; matched?: string };

/** Case-, accent- and punctuation-insensitive form: "Türkiye" and "turkiye" are one. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
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
 */
export function searchCountries(entries: readonly SearchEntry[], query: string, limit = 8): SearchHit[] {
  const q = normalise(query);
  if (q === '') return [];
  const hits: { hit: SearchHit; rank: number }[] = [];
  for (const entry of entries) {
    let rank = score(normalise(entry.name), q);
    let matched: string | undefined;
    for (const alt of entry.alt ?? []) {
      const altRank = score(normalise(alt), q) + (normalise(alt) === q ? 0 : 0.5);
      if (altRank < rank) {
        rank = altRank;
        matched = alt;
      }
    }
    if (rank !== Number.POSITIVE_INFINITY)
      hits.push({ hit: matched ? { id: entry.id, name: entry.name, matched } : entry, rank });
  }
  return hits
    .sort((a, b) => a.rank - b.rank || a.hit.name.localeCompare(b.hit.name, 'en'))
    .slice(0, limit)
    .map(({ hit }) => (hit.matched ? hit : { id: hit.id, name: hit.name }));
}
