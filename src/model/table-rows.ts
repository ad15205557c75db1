import type { Translate } from '../i18n/i18n.ts';
import type { Locale } from '../i18n/locales.ts';
import { toCsv } from './csv.ts';
import { relationLabel } from './labels.ts';
import { localized } from './localized.ts';
import type { Dataset } from './schema.ts';
import { sharedOrganisations } from './shared-organisations.ts';

/** One covered country as the table shows it (and as the CSV writes it). */
export type TableRow = {
  id: string;
  name: string;
  relation: string;
  coverage: string;
  vectors: string;
  sectors: string;
  aims: number;
  organisations: string;
};

export type SortKey = Exclude<keyof TableRow, 'id'>;
export type Sort = { key: SortKey; direction: 'ascending' | 'descending' };

/** Column order and headings, shared by the table and the CSV. */
export const COLUMNS: { key: SortKey; heading: string }[] = [
  { key: 'name', heading: 'Country' },
  { key: 'relation', heading: 'Relation' },
  { key: 'coverage', heading: 'Coverage' },
  { key: 'vectors', heading: 'Vectors' },
  { key: 'sectors', heading: 'Sectors' },
  { key: 'aims', heading: 'Stated aims' },
  { key: 'organisations', heading: 'Shared organisations' },
];

const RELATION_ORDER = ['alliance', 'strategic-partnership', 'cooperation'];

/**
 * Every partner the article covers, restricted to `matching` when filters are active, with
 * organisations shared with the home country on `date`. Relation sorts by closeness, not alphabet.
 */
export function tableRows(
  dataset: Dataset,
  names: ReadonlyMap<string, string>,
  matching: ReadonlySet<string> | null,
  date: string,
  /** The catalog's words and the language of the dataset's words. */
  words: { t: Translate; locale: Locale },
): (TableRow & { relationRank: number })[] {
  const { t, locale } = words;
  const vectorName = new Map(dataset.vectors.map((v) => [v.id, localized(v.name, locale)]));
  const sectorName = new Map(dataset.sectors.map((s) => [s.id, localized(s.name, locale)]));
  return dataset.partners
    .filter((p) => matching === null || matching.has(p.id))
    .map((p) => ({
      id: p.id,
      name: names.get(p.id) ?? p.id,
      relation: relationLabel(p.relation, t, locale, dataset),
      relationRank: RELATION_ORDER.indexOf(p.relation),
      coverage: p.mention,
      vectors: p.vectors.map((v) => vectorName.get(v) ?? v).join('; '),
      sectors: p.sectors.map((s) => sectorName.get(s) ?? s).join('; '),
      aims: p.aims.length,
      organisations: sharedOrganisations(dataset, p.id, date)
        .map((o) => localized(o.acronym, locale))
        .join('; '),
    }));
}

/** Rows in `sort` order; ties fall back to the country name so the order is stable. */
export function sortRows<R extends TableRow & { relationRank: number }>(rows: readonly R[], sort: Sort): R[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const compare = (a: R, b: R): number => {
    if (sort.key === 'aims') return a.aims - b.aims;
    if (sort.key === 'relation') return a.relationRank - b.relationRank;
    return a[sort.key].localeCompare(b[sort.key], 'en');
  };
  return [...rows].sort((a, b) => sign * compare(a, b) || a.name.localeCompare(b.name, 'en'));
}

/** RFC 4180 CSV (CRLF line ends, formulae neutralised), columns as in the table, plus the ISO code first. */
export function rowsToCsv(rows: readonly TableRow[]): string {
  const header = ['ISO code', ...COLUMNS.map((c) => c.heading)];
  return toCsv([header, ...rows.map((r) => [r.id, ...COLUMNS.map((c) => r[c.key])])]);
}
