import type { Locale } from '../i18n/locales.ts';

const formats = new Map<Locale, Intl.NumberFormat>();

/**
 * A number in the reader's language: "1,234.5", "1 234,5". `kk` writes numbers as `ru` does
 * (a space between thousands, a decimal comma); where the runtime has no `kk` data (Chromium) and
 * would write English separators, Russian's are used.
 */
export function formatNumber(value: number, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    if (locale === 'kk' && format.format(1234.5) === new Intl.NumberFormat('en').format(1234.5))
      format = new Intl.NumberFormat('ru');
    formats.set(locale, format);
  }
  return format.format(value);
}
