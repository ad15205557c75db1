import type { Locale } from '../i18n/locales.ts';
import { z } from './zod-jitless.ts';

/**
 * The dataset's own words in more than one language: plain text (English), or
 * `{ "en": …, "ru": …, "kk": … }` with English required as the fallback. Never used for the
 * article's words (quotes), which stay as written.
 */
export type LocalizedText =
  | string
  | { readonly en: string; readonly ru?: string | undefined; readonly kk?: string | undefined };

/** What a `{ "ru": … }` without English, or a number, is told. */
const FORM = 'expected text or { "en": …, "ru": …, "kk": … } with "en" (English, the fallback) given';

/**
 * The schema of a `LocalizedText` whose every language must pass `text` (a name, a title):
 * unknown language keys are refused, so a typo ("kz") does not silently fall back to English.
 */
export function localizedSchema<E extends z.ZodType<string>, O extends z.ZodType<string> = E>(
  text: E,
  /** The other languages' rule, when English's is narrower (an acronym in Latin capitals). */
  other?: O,
) {
  const rest = other ?? text;
  return z.union([text, z.strictObject({ en: text, ru: rest.optional(), kk: rest.optional() })], {
    error: (issue) => (issue.code === 'invalid_union' ? FORM : undefined),
  });
}

/** The words for `locale`, else English. */
export function localized(text: LocalizedText, locale: Locale): string {
  if (typeof text === 'string') return text;
  return text[locale] ?? text.en;
}

/** `localized` for an optional field: undefined stays undefined. */
export const localizedOptional = (text: LocalizedText | undefined, locale: Locale): string | undefined =>
  text === undefined ? undefined : localized(text, locale);
