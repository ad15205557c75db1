import kkNames from 'i18n-iso-countries/langs/kk.json' with { type: 'json' };
import ruNames from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import countries from 'world-countries';
import overrides from '../../data/country-name-overrides.json' with { type: 'json' };

/** The languages whose country names come from i18n-iso-countries (English keeps world-countries'). */
export type NamedLocale = 'ru' | 'kk';

export const NAMED_LOCALES: readonly NamedLocale[] = ['ru', 'kk'];

/** One override (data/country-name-overrides.json): a name per language, other names search finds, and why. */
type Override = { ru?: string; kk?: string; also?: string[]; why: string };

/** The overrides by ISO 3166-1 alpha-3, as the data file has them. */
export const NAME_OVERRIDES: Readonly<Record<string, Override>> = overrides;

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
export function localisedName(id: string, locale: NamedLocale): string | undefined {
  const own = NAME_OVERRIDES[id]?.[locale];
  if (own) return own;
  return namesInPackage(id, locale).reduce<string | undefined>(
    (short, name) => (short === undefined || name.length < short.length ? name : short),
    undefined,
  );
}

/** `virtual:names/<locale>`: id -> short name in `locale`, for the shapes with `ids`. */
export function namesFile(ids: readonly string[], locale: NamedLocale): Record<string, string> {
  const names: Record<string, string> = {};
  for (const id of ids) {
    const name = localisedName(id, locale);
    if (name) names[id] = name;
  }
  return names;
}

/**
 * The ru and kk names people type for `id`, whatever the interface's language: each
 * language's short name, every name the package gives (the official «Российская Федерация», the
 * older «Киргизия») and the override's other names («КНДР»). Each name once.
 */
export function otherLanguageNames(id: string): string[] {
  const names = NAMED_LOCALES.flatMap((locale) => [
    localisedName(id, locale) ?? [],
    ...namesInPackage(id, locale),
  ]).flat();
  return [...new Set([...names, ...(NAME_OVERRIDES[id]?.also ?? [])])];
}
