import kkNames from 'i18n-iso-countries/langs/kk.json' with { type: 'json' };
import ruNames from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import countries from 'world-countries';
import { normalise } from '../model/country-search.ts';

/** The languages whose country names come from i18n-iso-countries (English keeps world-countries'). */
export type NamedLocale = 'ru' | 'kk';

export const NAMED_LOCALES: readonly NamedLocale[] = ['ru', 'kk'];

/** One override (data/country-name-overrides.json): a name per language, other names search finds, and why. */
export type NameOverride = { ru?: string; kk?: string; also?: string[]; why: string };

/** The overrides by ISO 3166-1 alpha-3, as the data file has them (the build reads it). */
export type NameOverrides = Readonly<Record<string, NameOverride>>;

const packageNames: Record<NamedLocale, Record<string, string | string[]>> = {
  ru: ruNames.countries,
  kk: kkNames.countries,
};

/** Alpha-3 -> alpha-2 (the package's key). Kosovo has no ISO code: the atlas's id and the package's "XK". */
const alpha2: ReadonlyMap<string, string> = new Map([
  ...countries.map((c) => [c.cca3, c.cca2] as const),
  ['inert:Kosovo', 'XK'],
]);

/** Every name the package gives `id` in `locale` (one, or an official and a short one). */
function namesInPackage(id: string, locale: NamedLocale): string[] {
  const code = alpha2.get(id);
  const value = code ? packageNames[locale][code] : undefined;
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/**
 * The short name of `id` (ISO 3166-1 alpha-3, or an atlas id like "inert:Kosovo") in `locale`:
 * the override if there is one, else the package's name (its shortest, where it gives an official
 * and a short one: «Россия», not «Российская Федерация»). Undefined when neither has one.
 */
export function localisedName(id: string, locale: NamedLocale, overrides: NameOverrides): string | undefined {
  const own = overrides[id]?.[locale];
  if (own) return own;
  return namesInPackage(id, locale).reduce<string | undefined>(
    (short, name) => (short === undefined || name.length < short.length ? name : short),
    undefined,
  );
}

/** `virtual:names/<locale>`: id -> short name in `locale`, for the shapes with `ids`. */
export function namesFile(
  ids: readonly string[],
  locale: NamedLocale,
  overrides: NameOverrides,
): Record<string, string> {
  const names: Record<string, string> = {};
  for (const id of ids) {
    const name = localisedName(id, locale, overrides);
    if (name) names[id] = name;
  }
  return names;
}

/**
 * The search-names file (`shippedSearchNames`) with each country's ru and kk names added, so
 * search finds them whatever the interface's language: each language's short name, every name the
 * package gives (the official «Российская Федерация», the older «Киргизия») and the overrides'
 * other names («КНДР»). A name search already matches through an earlier one is left out.
 */
export function withOtherLanguageNames(
  searchNames: Readonly<Record<string, string[]>>,
  ids: readonly string[],
  english: ReadonlyMap<string, string>,
  overrides: NameOverrides,
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const id of ids) {
    const own = searchNames[id] ?? [];
    const seen = new Set([english.get(id) ?? '', ...own].map(normalise));
    const other = [
      ...NAMED_LOCALES.flatMap((locale) => [
        localisedName(id, locale, overrides) ?? [],
        namesInPackage(id, locale),
      ]),
      overrides[id]?.also ?? [],
    ]
      .flat()
      .filter((name) => !seen.has(normalise(name)) && seen.add(normalise(name)));
    if (own.length + other.length > 0) result[id] = [...own, ...other];
  }
  return result;
}
