import type { Mention, Relation } from '../schema.ts';
import { normaliseName } from './normalise-name.ts';

/** The columns a spreadsheet may have; `country` and `relation` are required. */
export const COLUMNS = [
  'country',
  'relation',
  'quote',
  'section',
  'sector',
  'vector',
  'coverage',
  'note',
] as const;
export type Column = (typeof COLUMNS)[number];

/** Header names in en, ru and kk: public (data/README.md). Compared after normaliseName. */
export const HEADER_NAMES: Readonly<Record<Column, readonly string[]>> = {
  country: ['country', 'страна', 'ел'],
  relation: ['relation', 'отношение', 'қатынас'],
  quote: ['quote', 'цитата', 'дәйексөз'],
  section: ['section', 'раздел', 'бөлім'],
  sector: ['sector', 'сфера', 'сала'],
  vector: ['vector', 'вектор'],
  coverage: ['coverage', 'охват', 'қамту'],
  note: ['note', 'примечание', 'ескертпе'],
};

/** A relation cell's value: one of the legend's relations, or `home` (the home country's row). */
export type SheetRelation = Relation | 'home';

/** Relation cells: ids and the legend's words in the three languages (data/README.md). */
const RELATION_WORDS: Readonly<Record<SheetRelation, readonly string[]>> = {
  alliance: ['alliance', 'союзничество', 'одақтастық'],
  'strategic-partnership': [
    'strategic-partnership',
    'strategic partnership',
    'стратегическое партнёрство',
    'стратегиялық әріптестік',
  ],
  cooperation: ['cooperation', 'сотрудничество', 'ынтымақтастық'],
  home: ['home', 'страна статьи', 'мақаладағы ел'],
};

/** Coverage cells: ids and the legend's words in the three languages (data/README.md). */
const COVERAGE_WORDS: Readonly<Record<Mention, readonly string[]>> = {
  named: ['named', 'named in the article', 'названа в статье', 'мақалада аталған'],
  group: ['group', 'through a group', 'через группу', 'топ арқылы'],
  region: ['region', 'by a regional phrase', 'через упоминание региона', 'өңір арқылы'],
};

function lookup<K extends string>(table: Readonly<Record<K, readonly string[]>>): Map<string, K> {
  const map = new Map<string, K>();
  for (const [key, words] of Object.entries(table) as [K, readonly string[]][]) {
    for (const word of words) map.set(normaliseName(word), key);
  }
  return map;
}

const headers = lookup(HEADER_NAMES);
const relations = lookup(RELATION_WORDS);
const coverages = lookup(COVERAGE_WORDS);

/** The column a header cell names, in any of the three languages and any case; else undefined. */
export const columnOf = (header: string): Column | undefined => headers.get(normaliseName(header));

/** The relation a cell names ("Strategic partnership", «Стратегиялық әріптестік», `home`); else undefined. */
export const relationOf = (cell: string): SheetRelation | undefined => relations.get(normaliseName(cell));

/** The coverage a cell names (`named`, "through a group", «Өңір арқылы»); else undefined. */
export const coverageOf = (cell: string): Mention | undefined => coverages.get(normaliseName(cell));
