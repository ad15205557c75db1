import { z } from './zod-jitless.ts';

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
