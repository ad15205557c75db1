import { rememberedLocale } from '../components/locale-memory.ts';
import { isLocale, type Locale } from '../i18n/locales.ts';
import { chooseLocale, parseLang } from '../model/locale-choice.ts';

/**
 * The language a visit starts in: `?lang=`, else the language page's own (`<html data-page-lang>`,
 * written by scripts/vite-plugin-prerender.ts on /ru/ and /kk/), else the one remembered from an
 * earlier visit, else the browser's, else English.
 */
export function initialLocale(doc: Document = document): Locale {
  const win = doc.defaultView ?? window;
  const page = doc.documentElement.dataset.pageLang;
  return chooseLocale({
    query: parseLang(new URLSearchParams(win.location.search).getAll('lang').at(-1)).lang,
    page: isLocale(page) ? page : null,
    remembered: rememberedLocale(() => win.localStorage),
    browser: win.navigator.languages ?? [win.navigator.language],
  });
}

/** The language a prerendered first view was painted in (`<html lang>`), which hydration must match. */
export function paintedLocale(doc: Document = document): Locale {
  const lang = doc.documentElement.lang;
  return isLocale(lang) ? lang : 'en';
}
