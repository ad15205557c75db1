import type { Locale } from '../i18n/locales.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Month names in `kk` (nominative, lower case, as a date in that language writes them: «2017 жылғы 3 наурыз»). */
const KAZAKH_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];

const parse = (isoDate: string): Date | null => {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
};

const OPTIONS: Intl.DateTimeFormatOptions = {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
};

/** «2017 жылғы 3 наурыз»: a `kk` date from the table above, for browsers without `kk` CLDR data. */
export const kkFallbackDate = (date: Date): string =>
  `${date.getUTCFullYear()} жылғы ${date.getUTCDate()} ${KAZAKH_MONTHS[date.getUTCMonth()]}`;

/**
 * True when `format` writes month names in `kk`. Chromium reports `kk` as supported but has no
 * data for it, and writes "2017 M03 3"; Node's full ICU writes "2017 ж. 3 наурыз".
 */
export const writesKkMonths = (format: (date: Date) => string): boolean =>
  format(new Date('2017-03-03T00:00:00Z')).includes('наурыз');

const formatters = new Map<Locale, (date: Date) => string>();

/** Made on first use: the first `Intl.DateTimeFormat` of a page loads locale data (~56 ms). */
function formatterFor(locale: Exclude<Locale, 'en'>): (date: Date) => string {
  let format = formatters.get(locale);
  if (!format) {
    const intl = new Intl.DateTimeFormat(locale, OPTIONS);
    const viaIntl = (date: Date) => intl.format(date);
    format = locale === 'kk' && !writesKkMonths(viaIntl) ? kkFallbackDate : viaIntl;
    formatters.set(locale, format);
  }
  return format;
}

/**
 * "2017-03-03" -> "3 March 2017" (British English, written out by hand: no Intl on the first
 * render), "3 марта 2017 г." (Intl), «2017 жылғы 3 наурыз» or Intl's `kk` where the runtime has
 * it; independent of the reader's time zone. What it cannot read comes back unchanged.
 */
export function formatDate(isoDate: string, locale: Locale = 'en'): string {
  const date = parse(isoDate);
  if (!date) return isoDate;
  if (locale === 'en') return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return formatterFor(locale)(date);
}
