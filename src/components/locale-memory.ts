import { isLocale, type Locale } from '../i18n/locales.ts';
import { LOCALE_STORAGE_KEY } from '../model/locale-choice.ts';

/**
 * The language chosen on an earlier visit, or null. Storage may be missing or throw (private
 * windows, blocked cookies, file:// in some browsers): then nothing is remembered.
 */
export function rememberedLocale(storage: () => Storage = () => window.localStorage): Locale | null {
  try {
    const value = storage().getItem(LOCALE_STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/** Remembers `locale` for the next visit; quietly does nothing when storage refuses. */
export function rememberLocale(locale: Locale, storage: () => Storage = () => window.localStorage): void {
  try {
    storage().setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Storage full or blocked: the choice holds for this visit (the URL carries it).
  }
}
