import type { Rolldown } from 'vite';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../src/i18n/locales.ts';
import { LOCALE_STORAGE_KEY, localePagePath } from '../src/model/locale-choice.ts';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/** Where each language's page goes in dist/: `index.html`, `ru/index.html`, `kk/index.html`. */
export const pageFile = (locale: Locale): string =>
  locale === DEFAULT_LOCALE ? 'index.html' : `${locale}/index.html`;

/** Where each language's prerendered country panels go: `panels/`, `panels/ru/`, `panels/kk/`. */
export const panelsDir = (locale: Locale): string =>
  locale === DEFAULT_LOCALE ? 'panels/' : `panels/${locale}/`;

/**
 * The chunks that carry `locale`'s words (its catalog, and whatever else is split per language,
 * such as country names): the virtual module named after the language ("virtual:catalog/ru"),
 * with the chunks it imports. Each page preloads its own language's only.
 */
export function localeChunks(bundle: OutputBundle, locale: Locale): string[] {
  // Only the app's own per-language modules: a package's file named after a language (the
  // spreadsheet import's i18n-iso-countries tables, langs/en.json) is not a page's to preload.
  const named = new RegExp(`^\\0?virtual:(catalog|names)/${locale}$`);
  return chunkClosure(bundle, (c) => named.test(c.facadeModuleId ?? ''));
}

/** The chunks `root` picks, each followed by what it imports (once, depth first). */
export function chunkClosure(bundle: OutputBundle, root: (chunk: OutputChunk) => boolean): string[] {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const files: string[] = [];
  const visit = (chunk: OutputChunk) => {
    if (files.includes(chunk.fileName)) return;
    files.push(chunk.fileName);
    for (const file of chunk.imports) {
      const next = byFile.get(file);
      if (next) visit(next);
    }
  };
  for (const chunk of chunks) if (root(chunk)) visit(chunk);
  return files;
}

/**
 * The first inline script of a language page, in <head>, before anything paints: a visitor who
 * asked for another language (`?lang=`; on the English page `/` also the language remembered from
 * an earlier visit, else the browser's) goes to that language's page, with the same query and
 * hash. Never loops: the page it goes to is the language asked for. `/?lang=en` stays. Mirrors
 * src/model/locale-choice.ts `chooseLocale` (page language: /ru/ and /kk/ only).
 */
export function languageRedirectScript(page: Locale, base: string): string {
  const pages = Object.fromEntries(LOCALES.map((locale) => [locale, localePagePath(base, locale)]));
  return [
    `(function(){try{var L=${JSON.stringify(LOCALES)},P=${JSON.stringify(pages)},p=${JSON.stringify(page)},`,
    "a=new URLSearchParams(location.search).getAll('lang'),q=(a[a.length-1]||'').trim().toLowerCase(),",
    't=L.indexOf(q)>=0?q:null;',
    `if(!t&&p===${JSON.stringify(DEFAULT_LOCALE)}){var r=null;try{r=localStorage.getItem(${JSON.stringify(LOCALE_STORAGE_KEY)})}catch(e){}`,
    'if(L.indexOf(r)>=0)t=r;else{var n=navigator.languages||[navigator.language];',
    'for(var i=0;i<n.length&&!t;i++){var c=String(n[i]).trim().toLowerCase().split(/[-_]/)[0];if(L.indexOf(c)>=0)t=c}}}',
    'if(t&&t!==p)location.replace(P[t]+location.search+location.hash)}catch(e){}})()',
  ].join('');
}
