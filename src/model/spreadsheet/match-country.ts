import type { CountryIndex, NameSource } from './country-index.ts';
import { editDistance } from './edit-distance.ts';
import { normaliseName } from './normalise-name.ts';

/** How a cell was matched: an ISO code, or a name in one language or from the alias table. */
export type MatchHow = 'alpha2' | 'alpha3' | 'numeric' | NameSource;

/** One cell's match: a country on the map, several candidates, or none (with suggestions). */
export type CountryMatch =
  | { kind: 'matched'; id: string; how: MatchHow }
  | { kind: 'ambiguous'; candidates: string[] }
  | { kind: 'unmatched'; suggestions: string[] };

const MAX_SUGGESTIONS = 3;

function byCode(raw: string, index: CountryIndex): { id: string; how: MatchHow } | undefined {
  if (/^\d{1,3}$/.test(raw)) {
    const id = index.codes.get(raw.padStart(3, '0'));
    return id === undefined ? undefined : { id, how: 'numeric' };
  }
  if (!/^[A-Za-z]{2,3}$/.test(raw)) return undefined;
  const id = index.codes.get(raw.toUpperCase());
  return id === undefined ? undefined : { id, how: raw.length === 2 ? 'alpha2' : 'alpha3' };
}

/**
 * Countries whose names are closest to `key`: a name that contains it or that it contains as a
 * word ("korea" → both Koreas), else names within a small edit distance (a quarter of the length,
 * at least 2). Nearest first; only countries on the map.
 */
function suggest(key: string, index: CountryIndex, mapIds: ReadonlySet<string>): string[] {
  if (key === '') return [];
  const best = new Map<string, number>();
  const limit = Math.max(2, Math.floor(key.length / 4));
  for (const [name, entries] of index.names) {
    const contained =
      key.length >= 4 && (` ${name} `.includes(` ${key} `) || ` ${key} `.includes(` ${name} `));
    const score = contained
      ? 0.5
      : Math.abs(name.length - key.length) > limit
        ? Infinity
        : editDistance(key, name);
    if (score > limit) continue;
    for (const { id } of entries) {
      if (mapIds.has(id) && score < (best.get(id) ?? Infinity)) best.set(id, score);
    }
  }
  return [...best]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_SUGGESTIONS)
    .map(([id]) => id);
}

/**
 * Matches a country cell as people write it: ISO alpha-2, alpha-3 or numeric code ("KZ", "kaz",
 * "398", "36" for "036"), else a name in English, Russian or kk (the ISO lists) or a usual variant ("Korea,
 * Rep.", «АҚШ»), compared after normaliseName. Only countries in `mapIds` count. Pure: the index
 * comes from loadCountryIndex.
 */
export function matchCountry(raw: string, index: CountryIndex, mapIds: ReadonlySet<string>): CountryMatch {
  const cell = raw.trim();
  const code = byCode(cell, index);
  if (code && mapIds.has(code.id)) return { kind: 'matched', ...code };
  const key = normaliseName(cell);
  const entries = (index.names.get(key) ?? []).filter((e) => mapIds.has(e.id));
  const [first] = entries;
  if (first !== undefined && entries.length === 1)
    return { kind: 'matched', id: first.id, how: first.source };
  if (entries.length > 1) return { kind: 'ambiguous', candidates: entries.map((e) => e.id) };
  return { kind: 'unmatched', suggestions: suggest(key, index, mapIds) };
}
