import { readFileSync } from 'node:fs';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';
import { LOCALES } from '../src/i18n/locales.ts';

const PREFIX = 'virtual:catalog/';
const fileOf = (locale: string) => new URL(`../data/locales/${locale}.json`, import.meta.url);

/**
 * Reads one language's catalog (data/locales/<locale>.json: message id -> ICU MessageFormat) and
 * compiles every message for Lingui's runtime, which carries no parser. Throws, naming the file and
 * the id, on a message that does not parse.
 */
export function compiledCatalog(locale: string): Record<string, unknown> {
  const file = fileOf(locale);
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const compiled: Record<string, unknown> = {};
  for (const [id, message] of Object.entries(messages)) {
    try {
      compiled[id] = compileMessageOrThrow(message);
    } catch (error) {
      throw new Error(`${file.pathname}: message "${id}" is not valid ICU MessageFormat: ${String(error)}`);
    }
  }
  return compiled;
}

/** Serves `virtual:catalog/<locale>` for each interface language: its compiled catalog. */
export function catalogsPlugin(): Plugin {
  const ids = new Set(LOCALES.map((l) => `${PREFIX}${l}`));
  return {
    name: 'catalogs',
    resolveId: (id) => (ids.has(id) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const locale = id.slice(PREFIX.length + 1);
      this.addWatchFile(fileOf(locale).pathname);
      return `export default ${JSON.stringify(compiledCatalog(locale))};`;
    },
  };
}
