import { readFileSync } from 'node:fs';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';
import { LOCALES } from '../src/i18n/locales.ts';

const PREFIX = 'virtual:catalog/';
const PART_PREFIX = 'virtual:catalog-part/';

/**
 * Words the first view never shows, split off into parts loaded with the lazy feature that shows
 * them (src/components/catalog-parts.ts): the article editor's, the spreadsheet import's, the
 * About dialog's body, a loaded dataset's validation messages, and the tour's and the quiz's. The ids a first-view control
 * uses (the editor's button, the About dialog's title) stay in the main catalog.
 */
export const CATALOG_PARTS = {
  editor: (id: string) => /^(editor|draft)\./.test(id) && id !== 'editor.open',
  import: (id: string) => id.startsWith('import.'),
  about: (id: string) => id.startsWith('about.') && id !== 'about.title',
  validation: (id: string) => id.startsWith('validation.'),
  tour: (id: string) => (id.startsWith('tour.') && id !== 'tour.present') || id.startsWith('quiz.'),
} as const;
export type CatalogPartName = keyof typeof CATALOG_PARTS;

/** Which messages a module carries: all (prerendering), the first view's (main), or one part's. */
export type CatalogPart = 'all' | 'main' | CatalogPartName;

const partOf = (id: string): CatalogPart =>
  (Object.keys(CATALOG_PARTS) as CatalogPartName[]).find((part) => CATALOG_PARTS[part](id)) ?? 'main';
const fileOf = (locale: string) => new URL(`../data/locales/${locale}.json`, import.meta.url);

/**
 * Reads one language's catalog (data/locales/<locale>.json: message id -> ICU MessageFormat) and
 * compiles every message for Lingui's runtime, which carries no parser. Throws, naming the file and
 * the id, on a message that does not parse.
 */
export function compiledCatalog(locale: string, part: CatalogPart = 'all'): Record<string, unknown> {
  const file = fileOf(locale);
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const compiled: Record<string, unknown> = {};
  for (const [id, message] of Object.entries(messages)) {
    if (part !== 'all' && partOf(id) !== part) continue;
    try {
      compiled[id] = compileMessageOrThrow(message);
    } catch (error) {
      throw new Error(`${file.pathname}: message "${id}" is not valid ICU MessageFormat: ${String(error)}`);
    }
  }
  return compiled;
}

/**
 * Serves `virtual:catalog/<locale>` for each interface language: its compiled catalog without the
 * parts, which `virtual:catalog-part/<part>/<locale>` serve.
 */
export function catalogsPlugin(): Plugin {
  const parts = Object.keys(CATALOG_PARTS) as CatalogPartName[];
  const modules = new Map<string, { locale: string; part: CatalogPart }>(
    LOCALES.flatMap((locale) => [
      [`${PREFIX}${locale}`, { locale, part: 'main' as const }],
      ...parts.map((part) => [`${PART_PREFIX}${part}/${locale}`, { locale, part }] as const),
    ]),
  );
  return {
    name: 'catalogs',
    resolveId: (id) => (modules.has(id) ? `\0${id}` : undefined),
    load(id) {
      const found = id.startsWith('\0') ? modules.get(id.slice(1)) : undefined;
      if (!found) return undefined;
      this.addWatchFile(fileOf(found.locale).pathname);
      return `export default ${JSON.stringify(compiledCatalog(found.locale, found.part))};`;
    },
  };
}
