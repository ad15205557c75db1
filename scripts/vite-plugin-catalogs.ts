import { readFileSync } from 'node:fs';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';
import { LOCALES } from '../src/i18n/locales.ts';

const PREFIX = 'virtual:catalog/';
/** The article editor's words (and its drafts'), split off so the first view does not carry them. */
const EDITOR_PREFIX = 'virtual:catalog-editor/';
const isEditorId = (id: string) => /^(editor|draft)\./.test(id) && id !== 'editor.open';

/** Which messages a module carries: all (prerendering), the first view's, or the editor's. */
export type CatalogPart = 'all' | 'main' | 'editor';
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
    if (part !== 'all' && isEditorId(id) !== (part === 'editor')) continue;
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
 * editor's words, which `virtual:catalog-editor/<locale>` serves (loaded with the editor).
 */
export function catalogsPlugin(): Plugin {
  const ids = new Set(LOCALES.flatMap((l) => [`${PREFIX}${l}`, `${EDITOR_PREFIX}${l}`]));
  return {
    name: 'catalogs',
    resolveId: (id) => (ids.has(id) ? `\0${id}` : undefined),
    load(id) {
      const prefix = [PREFIX, EDITOR_PREFIX].find((p) => id.startsWith(`\0${p}`));
      if (!prefix) return undefined;
      const locale = id.slice(prefix.length + 1);
      this.addWatchFile(fileOf(locale).pathname);
      const part = prefix === PREFIX ? 'main' : 'editor';
      return `export default ${JSON.stringify(compiledCatalog(locale, part))};`;
    },
  };
}
