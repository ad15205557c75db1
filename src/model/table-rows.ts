import type { MessageId, Translate } from '../i18n/i18n.ts';
import type { Locale } from '../i18n/locales.ts';
import { collatorFor } from './collator.ts';
import { toCsv } from './csv.ts';
import { relationLabel } from './labels.ts';
import { localizedText, type TextInLanguage } from './localized.ts';
import type { Dataset, Mention } from './schema.ts';
import { sharedOrganisations } from './shared-organisations.ts';

/** One covered country as the table shows it (and as the CSV writes it). */
export type TableRow = {
  id: string;
  name: string;
  relation: string;
  /** The id (`named`, `group`, `region`): the CSV writes it, the table words it. */
  coverage: Mention;
  vectors: string;
  sectors: string;
  aims: number;
  organisations: string;
};

export type SortKey = Exclude<keyof TableRow, 'id'>;
export type Sort = { key: SortKey; direction: 'ascending' | 'descending' };

/** Column order and headings (catalog ids, worded in the interface's language), shared by the table and the CSV. */
export const COLUMNS: { key: SortKey; heading: MessageId }[] = [
  { key: 'name', heading: 'table.columnCountry' },
  { key: 'relation', heading: 'table.columnRelation' },
  { key: 'coverage', heading: 'table.columnCoverage' },
  { key: 'vectors', heading: 'table.columnVectors' },
  { key: 'sectors', heading: 'table.columnSectors' },
  { key: 'aims', heading: 'table.columnAims' },
  { key: 'organisations', heading: 'table.columnOrganisations' },
];

const RELATION_ORDER = ['alliance', 'strategic-partnership', 'cooperation'];

/** Between the names in one cell (and one CSV field). */
export const LIST_SEPARATOR = '; ';

/** A row's list cells name by name, each with its language, for a `lang` on the one that is English. */
export type ListParts = Record<'vectors' | 'sectors' | 'organisations', TextInLanguage[]>;

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
): (TableRow & { relationRank: number; parts: ListParts })[] {
  const { t, locale } = words;
  const vectorName = new Map(dataset.vectors.map((v) => [v.id, localizedText(v.name, locale)]));
  const sectorName = new Map(dataset.sectors.map((s) => [s.id, localizedText(s.name, locale)]));
  const joined = (parts: TextInLanguage[]) => parts.map((part) => part.text).join(LIST_SEPARATOR);
  return dataset.partners
    .filter((p) => matching === null || matching.has(p.id))
    .map((p) => {
      const parts = {
        vectors: p.vectors.map((v) => vectorName.get(v) ?? { text: v, lang: 'en' }),
        sectors: p.sectors.map((s) => sectorName.get(s) ?? { text: s, lang: 'en' }),
        organisations: sharedOrganisations(dataset, p.id, date).map((o) => localizedText(o.acronym, locale)),
      };
      return {
        id: p.id,
        name: names.get(p.id) ?? p.id,
        relation: relationLabel(p.relation, t, locale, dataset),
        relationRank: RELATION_ORDER.indexOf(p.relation),
        coverage: p.mention,
        vectors: joined(parts.vectors),
        sectors: joined(parts.sectors),
        aims: p.aims.length,
        organisations: joined(parts.organisations),
        parts,
      };
    });
}

/**
 * Rows in `sort` order, words in the alphabetical order of `locale` (the interface's language);
 * ties fall back to the country name so the order is stable.
 */
export function sortRows<R extends TableRow & { relationRank: number }>(
  rows: readonly R[],
  sort: Sort,
  locale = 'en',
): R[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const { compare: words } = collatorFor(locale);
  const compare = (a: R, b: R): number => {
    if (sort.key === 'aims') return a.aims - b.aims;
    if (sort.key === 'relation') return a.relationRank - b.relationRank;
    return words(a[sort.key], b[sort.key]);
  };
  return [...rows].sort((a, b) => sign * compare(a, b) || words(a.name, b.name));
}

/**
 * RFC 4180 CSV (CRLF line ends, formulae neutralised), columns as in the table, plus the ISO code
 * first; the header row worded by `t`, in the language the reader chose.
 */
export function rowsToCsv(rows: readonly TableRow[], t: Translate): string {
  const header = [t('csv.isoCode'), ...COLUMNS.map((c) => t(c.heading))];
  return toCsv([header, ...rows.map((r) => [r.id, ...COLUMNS.map((c) => r[c.key])])]);
}
