import type { Message } from '../i18n/i18n.ts';
import type { Locale } from '../i18n/locales.ts';
import { localized, localizedText, type TextInLanguage } from './localized.ts';
import type { Dataset } from './schema.ts';
import { isolate } from './text-direction.ts';

/**
 * The words that name a dataset on screen and in files. Every one comes from the dataset (or,
 * for the home country's name, from the caller's country-name lookup), so a loaded file never
 * shows the built-in article's words.
 */

/** The article's language tag (`source.language`, else "en"): the `lang` of its quotes on screen. */
export const articleLanguage = (d: Dataset): string => d.source.language ?? 'en';

/** `datasetTitle` with the language it is in: the article's title is in the article's language. */
export const datasetTitleText = (d: Dataset, locale: Locale = 'en'): TextInLanguage =>
  d.title === undefined ? { text: d.source.title, lang: articleLanguage(d) } : localizedText(d.title, locale);

/** The map's heading, the exports' title and the tab's title: the dataset's `title`, else its article's. */
export const datasetTitle = (d: Dataset, locale: Locale = 'en'): string => datasetTitleText(d, locale).text;

/** A short name for buttons ("Back to the … article"): `shortTitle`, else the home country's name. */
export const datasetShortName = (d: Dataset, homeName: string, locale: Locale = 'en'): string =>
  d.shortTitle === undefined ? homeName : localized(d.shortTitle, locale);

/**
 * The line under the heading: who the article is about, in whose words. The sentence is the
 * interface's; the names in it are the dataset's, isolated so a right-to-left one keeps its order.
 */
export const datasetSubtitle = (d: Dataset, homeName: string, published: string): Message => ({
  id: 'app.subtitle',
  values: {
    home: isolate(homeName),
    title: isolate(d.source.title),
    author: isolate(d.source.author),
    published,
  },
});

/**
 * The start of an export's file name: the short name in lower case, letters and digits of any
 * script kept, everything else folded to single dashes ("Côte d'Ivoire" -> "cote-d-ivoire"). Falls back
 * to the home country's code when nothing is left.
 */
export function exportFileBase(d: Dataset, homeName: string): string {
  const slug = datasetShortName(d, homeName)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || d.home.id.toLowerCase()}-map`;
}

/** The legend's entry for hatched countries: "Through a group (…)" with the groups' own phrases. */
export function groupCoverageLabel(d: Dataset, locale: Locale = 'en'): Message {
  const phrases = [...new Set(d.groups.map((g) => localized(g.phrase, locale)))];
  return phrases.length > 0
    ? { id: 'legend.throughGroupNamed', values: { groups: phrases.join(', ') } }
    : { id: 'legend.throughGroup' };
}

/** The arcs toggle's name ("Arcs from <capital>"), or null when the dataset gives no capital to draw them from. */
export const arcsLabel = (d: Dataset): Message | null =>
  d.home.capital ? { id: 'view.arcsFrom', values: { capital: d.home.capital.name } } : null;
