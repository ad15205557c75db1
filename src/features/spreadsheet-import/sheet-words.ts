import type { MessageId, Translate } from '../../i18n/i18n.ts';
import type { MatchHow } from '../../model/spreadsheet/match-country.ts';
import type { SheetRelation } from '../../model/spreadsheet/sheet-words.ts';
import type { DatasetWords } from '../../model/spreadsheet/sheet-words-for-data.ts';

export const RELATION_WORD: Record<SheetRelation, MessageId> = {
  alliance: 'import.relation.alliance',
  'strategic-partnership': 'import.relation.strategicPartnership',
  cooperation: 'import.relation.cooperation',
  home: 'import.relation.home',
};

export const HOW_WORD: Record<MatchHow | 'chosen' | 'skipped' | 'pending', MessageId> = {
  alpha2: 'import.how.alpha2',
  alpha3: 'import.how.alpha3',
  numeric: 'import.how.numeric',
  en: 'import.how.en',
  ru: 'import.how.ru',
  kk: 'import.how.kk',
  alias: 'import.how.alias',
  chosen: 'import.how.chosen',
  skipped: 'import.how.skipped',
  pending: 'import.how.pending',
};

/** The words a dataset made from a sheet carries where the sheet has none, in the interface's language. */
export function datasetWords(t: Translate, title: string): DatasetWords {
  return {
    title,
    author: t('import.dataset.author'),
    authorRole: t('import.dataset.authorRole'),
    publication: t('import.dataset.publication'),
    subject: t('import.dataset.subject'),
    section: t('import.dataset.section'),
    vector: t('import.dataset.vector'),
    vectorDescription: t('import.dataset.vectorDescription'),
    sector: t('import.dataset.sector'),
    group: t('import.dataset.group'),
    region: t('import.dataset.region'),
    rule: t('import.dataset.rule'),
    homeText: t('import.dataset.homeText'),
    noQuote: (row) => t('import.dataset.noQuote', { row }),
  };
}
