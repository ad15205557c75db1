import type { Locale } from '../i18n/locales.ts';

/**
 * The dataset's own words in more than one language: plain text (English), or
 * `{ "en": …, "ru": …, "kk": … }` with English required as the fallback. Never used for the
 * article's words (quotes), which stay as written.
 */
export type LocalizedText =
  | string
  | { readonly en: string; readonly ru?: string | undefined; readonly kk?: string | undefined };

/** The words for `locale`, else English. */
export function localized(text: LocalizedText, locale: Locale): string {
  if (typeof text === 'string') return text;
  return text[locale] ?? text.en;
}

/** `localized` for an optional field: undefined stays undefined. */
export const localizedOptional = (text: LocalizedText | undefined, locale: Locale): string | undefined =>
  text === undefined ? undefined : localized(text, locale);

/** Words and the language they are actually in (a BCP 47 tag), for a `lang` on screen. */
export type TextInLanguage = { readonly text: string; readonly lang: string };

/**
 * `localized` with the language of the words it returns: `locale` when the dataset gives them in
 * it, else "en" (plain text and the fallback are English), so English shown to a Russian reader
 * can be marked `lang="en"`.
 */
export function localizedText(text: LocalizedText, locale: Locale): TextInLanguage {
  if (typeof text === 'string') return { text, lang: 'en' };
  const own = text[locale];
  return own === undefined ? { text: text.en, lang: 'en' } : { text: own, lang: locale };
}
