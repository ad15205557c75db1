import type { StateCreator } from 'zustand';
import { activateLocale } from '../i18n/i18n.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { activateCountryNames } from '../world/world.ts';
import type { AppState } from './app-store.ts';

export type LocaleSlice = {
  /** The interface's language (`?lang=`); its catalog is active whenever this is set. */
  locale: Locale;
  /**
   * Loads `locale`'s catalog and country names together, then switches the interface to it.
   * Rejects when either cannot be fetched; `locale` then stays as it was.
   */
  setLocale: (locale: Locale) => Promise<void>;
};

/** Makes `locale`'s catalog and country names the active ones, loading what is not loaded yet. */
const activate = (locale: Locale) => Promise.all([activateLocale(locale), activateCountryNames(locale)]);

export const createLocaleSlice: StateCreator<AppState, [], [], LocaleSlice> = (set, get) => ({
  locale: DEFAULT_LOCALE,
  setLocale: async (locale) => {
    try {
      await activate(locale);
    } catch (error) {
      // One of the two may have loaded and switched: both go back to the language on screen.
      await activate(get().locale);
      throw error;
    }
    set({ locale });
  },
});
