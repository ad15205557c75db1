/**
 * The interface's languages, as BCP 47 language tags. English is the source catalog and the
 * fallback; `kk` is written in Cyrillic (the script its schools teach in).
 */
export const LOCALES = ['en', 'ru', 'kk'] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** Each language by its own name, as the language switch shows it (the autonym, CLDR). */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  ru: 'Русский',
  kk: 'Қазақша',
};

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/**
 * The first of the given language tags (most preferred first, as `navigator.languages`) whose
 * primary subtag is one of the interface's languages: "ru-KZ" -> "ru", "kk" -> "kk". Tags are
 * matched case-insensitively; anything else is skipped. `null` when none matches.
 */
export function matchLocale(tags: readonly string[]): Locale | null {
  for (const tag of tags) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLocale(primary)) return primary;
  }
  return null;
}
