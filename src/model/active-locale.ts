import { i18n } from '../i18n/i18n.ts';
import { isLocale, type Locale } from '../i18n/locales.ts';

/** The language of the active catalog, for words made outside React (announcements, CSV, exports). */
export const activeLocale = (): Locale => (isLocale(i18n.locale) ? i18n.locale : 'en');
