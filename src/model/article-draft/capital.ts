import capitals from '../../../data/capitals.json';
import type { Dataset } from '../schema.ts';

type Capital = NonNullable<Dataset['home']['capital']>;

const table: Record<string, Capital | undefined> = capitals;

/**
 * Where a home country's arcs start: a dataset's own capital for its home country wins (the
 * built-in article's Astana, 71.45/51.17), else the table extracted from node-location-timezone
 * (data/capitals.json; source in data/README.md). Undefined for a country the table lacks: no arcs.
 */
export function capitalOf(id: string, known: readonly Dataset[] = []): Capital | undefined {
  const own = known.find((d) => d.home.id === id)?.home.capital;
  return own ?? table[id];
}
