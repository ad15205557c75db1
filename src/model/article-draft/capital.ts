import type { Dataset } from '../schema.ts';

/** Where arcs start: a capital's name and its place in degrees. */
export type Capital = NonNullable<Dataset['home']['capital']>;

/**
 * Where a home country's arcs start: a known dataset's own capital for its home country wins (the
 * built-in article's), else `table` (data/capitals.json, read by the caller; source in
 * data/README.md). Undefined for a country neither has: no arcs.
 */
export function capitalOf(
  id: string,
  known: readonly Dataset[],
  table: Readonly<Record<string, Capital | undefined>>,
): Capital | undefined {
  return known.find((d) => d.home.id === id)?.home.capital ?? table[id];
}
