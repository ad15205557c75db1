import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale, matchLocale } from '../i18n/locales.ts';

/** Where the chosen language is remembered between visits (localStorage). */
export const LOCALE_STORAGE_KEY = 'multi-vector-map:lang';

/** What `?lang=` says: one of the interface's languages, or the unknown value it gave (trimmed). */
export type LangParam = { lang: Locale | null; unknown: string | null };

/** Reads a `?lang=` value: case and spaces do not matter; absent or empty is neither. */
export function parseLang(raw: string | null | undefined): LangParam {
  const value = (raw ?? '').slice(0, 64).trim();
  if (value === '') return { lang: null, unknown: null };
  const lower = value.toLowerCase();
  return isLocale(lower) ? { lang: lower, unknown: null } : { lang: null, unknown: value };
}

/** Everything that may say which language to show, strongest first. */
export type LocaleSources = {
  /** `?lang=` of the link. */
  query?: Locale | null;
  /** The language of a prerendered language page (/ru/, /kk/); none on `/` or the single file. */
  page?: Locale | null;
  /** The language chosen on an earlier visit. */
  remembered?: Locale | null;
  /** The browser's languages, most preferred first (`navigator.languages`). */
  browser?: readonly string[];
};

/** The language to show: ?lang > the language page > remembered > the browser's > English. */
export const chooseLocale = (sources: LocaleSources): Locale =>
  sources.query ?? sources.page ?? sources.remembered ?? matchLocale(sources.browser ?? []) ?? DEFAULT_LOCALE;

/**
 * The path of `locale`'s prerendered page in a site built under `base` ("/" or "/map/"): `base`
 * for English, `base` + "ru/" for Russian.
 */
export const localePagePath = (base: string, locale: Locale): string =>
  locale === DEFAULT_LOCALE ? base : `${base}${locale}/`;

/**
 * Which language page `pathname` is (its index.html too), or null when it is none of them (the
 * single file, another host's path): only then may a switch of language move to another page.
 */
export function pageLocaleOfPath(pathname: string, base: string): Locale | null {
  const path = pathname.replace(/index\.html$/, '');
  return LOCALES.find((locale) => localePagePath(base, locale) === path) ?? null;
}
