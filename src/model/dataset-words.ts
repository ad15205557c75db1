import type { Locale } from '../i18n/locales.ts';
import { localized } from './localized.ts';
import type { Dataset } from './schema.ts';
import { isolate } from './text-direction.ts';

/**
 * The words that name a dataset on screen and in files. Every one comes from the dataset (or,
 * for the home country's name, from the caller's country-name lookup), so a loaded file never
 * shows the built-in article's words.
 */

/** The map's heading, the exports' title and the tab's title: the dataset's `title`, else its article's. */
export const datasetTitle = (d: Dataset, locale: Locale = 'en'): string =>
  d.title === undefined ? d.source.title : localized(d.title, locale);

/** The article's language tag (`source.language`, else "en"): the `lang` of its quotes on screen. */
export const articleLanguage = (d: Dataset): string => d.source.language ?? 'en';

/** A short name for buttons ("Back to the … article"): `shortTitle`, else the home country's name. */
export const datasetShortName = (d: Dataset, homeName: string, locale: Locale = 'en'): string =>
  d.shortTitle === undefined ? homeName : localized(d.shortTitle, locale);

/** The line under the heading: who the article is about, in whose words. */
export const datasetSubtitle = (d: Dataset, homeName: string, published: string): string =>
  `Who ${isolate(homeName)} calls an ally, a strategic partner or a partner in cooperation, in the words of “${isolate(d.source.title)}” by ${isolate(d.source.author)} (${published}). Select a country to read what the article says about it.`;

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
export function groupCoverageLabel(d: Dataset, locale: Locale = 'en'): string {
  const phrases = [...new Set(d.groups.map((g) => localized(g.phrase, locale)))];
  return phrases.length > 0 ? `Through a group (${phrases.join(', ')})` : 'Through a group';
}

/** The arcs toggle's name, or null when the dataset gives no capital to draw them from. */
export const arcsLabel = (d: Dataset): string | null =>
  d.home.capital ? `Arcs from ${d.home.capital.name}` : null;
