import type { CountryIndex } from './country-index.ts';
import { type CountryMatch, matchCountry } from './match-country.ts';
import { type Delimiter, parseSheet } from './parse-sheet.ts';
import { type ReadSheet, readSheet } from './read-sheet.ts';

/** What the preview shows before anything is applied: the rows, their problems and their matches. */
export type SheetPreview = ReadSheet & {
  delimiter: Delimiter;
  /** Row number → how its country cell matched. */
  matches: ReadonlyMap<number, CountryMatch>;
};

/** Parses, reads and matches a sheet's text; `delimiter` overrides the guess. Pure. */
export function previewSheet(
  text: string,
  index: CountryIndex,
  mapIds: ReadonlySet<string>,
  delimiter?: Delimiter,
): SheetPreview {
  const parsed = parseSheet(text, delimiter);
  const read = readSheet(parsed.rows);
  const matches = new Map(read.rows.map((r) => [r.row, matchCountry(r.country, index, mapIds)]));
  return { ...read, delimiter: parsed.delimiter, matches };
}

/** Row number → country id for every row matched outright; the user's choices are added to this. */
export function matchedIds(preview: SheetPreview): Map<number, string> {
  const ids = new Map<number, string>();
  for (const [row, match] of preview.matches) if (match.kind === 'matched') ids.set(row, match.id);
  return ids;
}
