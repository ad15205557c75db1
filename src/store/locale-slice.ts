import type { StateCreator } from 'zustand';
import { activateLocale } from '../i18n/i18n.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import type { AppState } from './app-store.ts';

export type LocaleSlice = {
  /** The interface's language (`?lang=`); its catalog is active whenever this is set. */
  locale: Locale;
  /**
   * Loads `locale`'s catalog, then switches the interface to it. Rejects, leaving the language as
   * it was, when the catalog cannot be fetched.
   */
  setLocale: (locale: Locale) => Promise<void>;
};

export const createLocaleSlice: StateCreator<AppState, [], [], LocaleSlice> = (set) => ({
  locale: DEFAULT_LOCALE,
  setLocale: async (locale) => {
    await activateLocale(locale);
    set({ locale });
  },
});
