import type { MessageId, Translate } from '../i18n/i18n.ts';
import type { Locale } from '../i18n/locales.ts';
import type { MapMention, MapRelation } from './country-status.ts';
import { localized, localizedText, type TextInLanguage } from './localized.ts';
import type { Dataset, Partner } from './schema.ts';
import { isolate } from './text-direction.ts';

/**
 * Words for relations and coverage kinds: the catalogs' (relation.*, mention.*, coverage.*), unless
 * the dataset gives its own (`labels`), which then win in every language they are given in.
 */

const RELATION_IDS: Record<MapRelation, MessageId> = {
  home: 'relation.home',
  alliance: 'relation.alliance',
  'strategic-partnership': 'relation.strategicPartnership',
  cooperation: 'relation.cooperation',
  none: 'relation.none',
};

const RELATION_PHRASE_IDS: Record<MapRelation, MessageId> = {
  home: 'relation.phrase.home',
  alliance: 'relation.phrase.alliance',
  'strategic-partnership': 'relation.phrase.strategicPartnership',
  cooperation: 'relation.phrase.cooperation',
  none: 'relation.phrase.none',
};

const MENTION_IDS: Record<MapMention, MessageId> = {
  home: 'mention.home',
  named: 'mention.named',
  group: 'mention.group',
  region: 'mention.region',
  none: 'mention.none',
};

/** Every relation the map shows, in the legend's order. */
export const MAP_RELATIONS = Object.keys(RELATION_IDS) as MapRelation[];

const datasetRelation = (d: Dataset | null, r: MapRelation, locale: Locale): string | undefined => {
  const own = r === 'home' || r === 'none' ? undefined : d?.labels?.relations?.[r];
  return own === undefined ? undefined : localized(own, locale);
};

/** A relation's name for the legend, tooltips, the panel and the table ("Strategic partnership"). */
export const relationLabel = (
  r: MapRelation,
  t: Translate,
  locale: Locale,
  d: Dataset | null = null,
): string => datasetRelation(d, r, locale) ?? t(RELATION_IDS[r]);

/** A relation in running text, for accessible names ("Russia, alliance"). */
export function relationPhrase(
  r: MapRelation,
  t: Translate,
  locale: Locale,
  d: Dataset | null = null,
): string {
  const own = datasetRelation(d, r, locale);
  return own === undefined
    ? t(RELATION_PHRASE_IDS[r])
    : own.charAt(0).toLocaleLowerCase(locale) + own.slice(1);
}

/** A coverage kind's name ("Named in the article"). */
export function mentionLabel(m: MapMention, t: Translate, locale: Locale, d: Dataset | null = null): string {
  const own = m === 'home' || m === 'none' ? undefined : d?.labels?.mentions?.[m];
  return own === undefined ? t(MENTION_IDS[m]) : localized(own, locale);
}

/**
 * The coverage sentence's parts: its message and the dataset's words in it ("As a member of the
 * {group}") with the language they are in, for a caller that marks them.
 */
export function coverageParts(
  dataset: Dataset,
  partner: Partner,
  locale: Locale,
): { id: MessageId; name?: 'group' | 'phrase'; words?: TextInLanguage } {
  if (partner.mention === 'named') return { id: 'coverage.named' };
  const scopes = partner.mention === 'group' ? dataset.groups : dataset.regions;
  const scope = scopes.find((s) => s.id === partner.via);
  const fallback = { text: partner.via ?? '', lang: 'en' };
  if (partner.mention === 'group')
    return {
      id: 'coverage.group',
      name: 'group',
      words: scope ? localizedText(scope.name, locale) : fallback,
    };
  return {
    id: 'coverage.region',
    name: 'phrase',
    words: scope ? localizedText(scope.phrase, locale) : fallback,
  };
}

/** "Named in the article", "As a member of the <group>", "Through the article's mention of “…”". */
export function coverageSentence(dataset: Dataset, partner: Partner, t: Translate, locale: Locale): string {
  const { id, name, words } = coverageParts(dataset, partner, locale);
  // The dataset's words isolated (FSI … PDI): an Arabic group name keeps its order in the sentence.
  return name && words ? t(id, { [name]: isolate(words.text) }) : t(id);
}
